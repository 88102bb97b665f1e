/**
 * How a body is converted between klaviyo-api's camelCase and the API's snake_case, per resource
 * type (generated/shapes.ts lists them): a map of wire names to what their values need.
 */

/** A free-form map (`properties`, `custom_metadata`…): its keys are the shop's, never converted. */
export const FREE = 0;
/** A date-time: read as a `Date`, as klaviyo-api deserializes it (a `Date` sent goes as ISO 8601). */
export const DATE = 1;

/** Wire name → its value's shape; names not listed are converted all the way down. */
export interface Shape {
	readonly [wire: string]: Shape | typeof FREE | typeof DATE;
}
