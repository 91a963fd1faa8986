// Keyboard use of a search box with a list of result buttons below it (the customer and item pickers):
// ArrowDown enters the list, arrows move in it, Enter picks the first result, Escape closes.

export function pickerKeys(search, results) {
  search.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      results.querySelector('button')?.focus();
    } else if (e.key === 'Enter') {
      e.preventDefault(); // never submit the surrounding form from the search box
      results.querySelector('button')?.click();
    } else if (e.key === 'Escape') {
      results.hidden = true;
    }
  });
  results.addEventListener('keydown', (e) => {
    const buttons = [...results.querySelectorAll('button')];
    const at = buttons.indexOf(document.activeElement);
    if (e.key === 'ArrowDown' && at >= 0) {
      e.preventDefault();
      buttons[Math.min(at + 1, buttons.length - 1)].focus();
    } else if (e.key === 'ArrowUp' && at >= 0) {
      e.preventDefault();
      (at === 0 ? search : buttons[at - 1]).focus();
    } else if (e.key === 'Escape') {
      results.hidden = true;
      search.focus();
    }
  });
}
