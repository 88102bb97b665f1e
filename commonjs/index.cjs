'use strict';
// `require('klaviyo-edge')`, like node-klaviyo's `require('node-klaviyo')`, is the Klaviyo class
// itself, so `const Klaviyo = require('klaviyo-edge'); new Klaviyo({ … })` works as written.
// tsup's CommonJS build (dist/index.cjs, which the subpaths share chunks with) is a plain exports
// object; this file hands out its class instead, carrying every named export
// (`require('klaviyo-edge').PrivateClient`, the error classes, …) and `default` pointing back at
// the class for code compiled from `import Klaviyo from 'klaviyo-edge'`. A file rather than a tsup
// option: `cjsInterop` only unwraps modules whose sole export is the default one.
const sdk = require('../dist/index.cjs');

module.exports = Object.assign(sdk.Klaviyo, sdk);
