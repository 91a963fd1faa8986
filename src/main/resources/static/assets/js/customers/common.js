// Shared bits of the customer pages: how a customer row/summary shows, the 403 message, and the
// address blocks of the customer form (names like addresses[0].city, the API's own field paths, so the
// problem+json field errors land under the right input).

import { badge } from '../ui.js';

export { role } from '../ui.js';

/** The API refused this role (a VENDOR): say so instead of showing an empty, broken page. */
export function showForbidden(error) {
  const box = document.querySelector('[data-forbidden]');
  if (!box) return;
  box.textContent = `You cannot see customers: ${error?.message || 'your role may not do this'}.`;
  box.hidden = false;
  document.querySelectorAll('[data-needs-access]').forEach((el) => (el.hidden = true));
}

export function tagList(tags) {
  const list = document.createElement('span');
  list.className = 'tags';
  for (const tag of tags ?? []) {
    const item = document.createElement('span');
    item.className = 'tag';
    item.textContent = tag;
    list.append(item);
  }
  return list;
}

export function archivedBadge(archived) {
  return archived ? badge('archived') : document.createTextNode('');
}

export function firstCity(customer) {
  const addresses = customer.addresses ?? [];
  return (addresses.find((a) => a.isDefault) ?? addresses[0])?.city ?? '';
}

export function addressText(address) {
  return [
    address.label,
    address.line1,
    address.line2,
    [address.postalCode, address.city].filter(Boolean).join(' '),
    address.region,
    address.country,
  ].filter(Boolean).join(', ');
}

const ADDRESS_FIELDS = ['id', 'label', 'kind', 'line1', 'line2', 'city', 'region', 'postalCode', 'country', 'isDefault'];

/** The editable address blocks inside a customer form ([data-addresses] + <template id="address-template">). */
export class AddressBlocks {
  constructor(form) {
    this.form = form;
    this.box = form.querySelector('[data-addresses]');
    this.template = document.getElementById('address-template');
    form.querySelector('[data-add-address]')?.addEventListener('click', () => {
      const block = this.add();
      block.querySelector('input:not([type=hidden])')?.focus();
    });
    this.box.addEventListener('click', (e) => {
      const remove = e.target.closest('[data-remove-address]');
      if (!remove) return;
      remove.closest('fieldset').remove();
      this.renumber();
      form.querySelector('[data-add-address]')?.focus();
    });
  }

  add(address = {}) {
    const block = this.template.content.firstElementChild.cloneNode(true);
    this.box.append(block);
    this.renumber();
    for (const name of ADDRESS_FIELDS) {
      const input = block.querySelector(`[data-name="${name}"]`);
      if (!input) continue;
      if (input.type === 'checkbox') input.checked = Boolean(address[name]);
      else if (address[name] !== undefined && address[name] !== null) input.value = address[name];
    }
    return block;
  }

  /** Shows exactly these addresses (after fillForm, which knows nothing of the indexed names). */
  show(addresses) {
    this.box.replaceChildren();
    (addresses ?? []).forEach((address) => this.add(address));
  }

  renumber() {
    [...this.box.children].forEach((block, i) => {
      block.querySelector('[data-n]').textContent = String(i + 1);
      for (const input of block.querySelectorAll('[data-name]')) {
        input.name = `addresses[${i}].${input.dataset.name}`;
        input.id = `address-${i}-${input.dataset.name}`;
        const label = block.querySelector(`label[data-for="${input.dataset.name}"]`);
        if (label) label.htmlFor = input.id;
      }
    });
  }
}

/** formValues of a customer form -> the API's body (formValues nests addresses[i].x into the addresses array). */
export function customerBody(values) {
  const body = { name: values.name, email: values.email, phone: values.phone, company: values.company,
    tags: values.tags ?? [], notes: values.notes };
  body.addresses = (values.addresses ?? []).filter(Boolean).map((address) => {
    const copy = { ...address };
    if (!copy.id) delete copy.id;
    return copy;
  });
  return body;
}
