import { bulkJobs, CouponsApi, connect, equals, ImagesApi, KlaviyoApiError } from 'klaviyo-edge/api';
import { expect, inject, it } from 'vitest';

const baseUrl = inject('emulatorUrl');
const connection = () => connect(inject('privateKey'), { baseUrl, maxRetries: 0 });

it('klaviyo-edge/api in workerd: coupon codes by bulk jobs, awaited and listed by cursor', async () => {
	expect(navigator.userAgent).toBe('Cloudflare-Workers');
	const coupons = new CouponsApi(connection());
	const coupon = await coupons.createCoupon({
		data: { type: 'coupon', attributes: { external_id: 'WORKERD5' } },
	});
	const codes = Array.from({ length: 1200 }, (_, i) => ({
		type: 'coupon-code' as const,
		attributes: { unique_code: `WORKERD5-${i}` },
		relationships: { coupon: { data: { type: 'coupon' as const, id: coupon.data.id } } },
	}));
	const result = await bulkJobs(coupons, 'coupon-code-bulk-create-job', codes, { wait: { interval: 1 } });
	expect(result.chunks.map((c) => [c.count, c.job?.data.attributes.status])).toEqual([
		[1000, 'complete'],
		[200, 'complete'],
	]);
	let listed = 0;
	for await (const code of coupons.getCouponCodes({ filter: equals('coupon.id', coupon.data.id) })) {
		if (String(code.attributes.unique_code).startsWith('WORKERD5-')) listed++;
	}
	expect(listed).toBe(1200);
});

it('uploads an image from bytes as multipart FormData, and types its errors', async () => {
	const png = Uint8Array.from(
		atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII='),
		(c) => c.charCodeAt(0),
	);
	const image = await new ImagesApi(connection()).uploadImageFromFile({ file: png, name: 'pixel.png' });
	expect(image.data.attributes.name).toBe('pixel.png');
	const error = await new CouponsApi(connect('pk_not_the_key', { baseUrl, maxRetries: 0 }))
		.getCoupons()
		.catch((e: unknown) => e);
	expect(error).toBeInstanceOf(KlaviyoApiError);
	expect((error as KlaviyoApiError).statusCode).toBe(401);
});
