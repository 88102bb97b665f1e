// The Worker wrangler loads for the test pool: the relay adapter as a shop would deploy it.
import { relayWorker } from '../../adapters/cloudflare.js';

export default relayWorker({ fallback: () => new Response('origin', { status: 200 }) });
