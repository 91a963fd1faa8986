import { get } from './api.js';
import { startLive } from './live.js';

const live = startLive(['orders']);
await live.ready;
const summary = await get('/api/dashboard/summary');
console.log(summary);
