/**
 * Control of the request component, testable without a container: identity number checks (GB 11643,
 * GB 32100) and masking, AES-GCM encryption and the keyed hash with their configured keys, query
 * codes, the "same matter" rule, the clock start by channel, gap-free request numbers.
 */
package cn.xxgk.request.control;
