// The new-customer form: POST /api/customers once (Idempotency-Key), field errors under their fields,
// then on to the new customer's page.

import { request } from '../api.js';
import { clearErrors, formValues, showErrors } from '../forms.js';
import { startLive } from '../live.js';
import { AddressBlocks, customerBody } from './common.js';

const form = document.getElementById('customer-form');
const addresses = new AddressBlocks(form);
addresses.add({ kind: 'shipping', isDefault: true });
form.elements.name.focus();
startLive(['customers']); // nothing on this page changes with others' edits, but the indicator tells the truth

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const submit = form.querySelector('[type=submit]');
  submit.disabled = true;
  clearErrors(form);
  const kept = [];
  try {
    const body = customerBody(formValues(form));
    // an address block left empty is no address; kept[j] is the block the j-th sent address came from
    body.addresses = body.addresses.filter((address, i) => {
      const filled = Object.entries(address)
        .some(([key, value]) => !['kind', 'isDefault'].includes(key) && value !== null && value !== '');
      if (filled) kept.push(i);
      return filled;
    });
    const { body: created } = await request('POST', '/api/customers', { body, idempotent: true });
    location.assign(`/admin/customers/${created.id}`);
  } catch (error) {
    for (const entry of error.problem?.errors ?? []) {
      entry.field = entry.field?.replace(/^addresses\[(\d+)\]/, (_, j) => `addresses[${kept[Number(j)] ?? j}]`);
    }
    showErrors(form, error);
    submit.disabled = false;
  }
});
