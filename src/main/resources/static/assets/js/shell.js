// Loaded by every admin page (layout.html): keyboard shortcut "/" focuses the page's search field.

document.addEventListener('keydown', (e) => {
  if (e.key !== '/' || e.target.closest('input, textarea, select, [contenteditable]')) return;
  const search = document.querySelector('main input[type=search]');
  if (search) {
    e.preventDefault();
    search.focus();
  }
});
