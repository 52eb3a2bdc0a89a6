/**
 * The platform's web pieces every screen relies on: messages from the bundle on the page (Messages),
 * a boundary's refusal shown at its field (FieldFlaws) or on the page (FacesFailureHandler), the
 * security and no-store headers on every response, the authentication mechanism's included
 * (SecurityHeaders), the refusal of state-changing requests sent by another site's page
 * (CrossOriginFilter, SameOriginPolicy), a postback's PrimeFaces nonce checked before any action
 * (NonceBeforeActions) and the session cookie. The menu and the home page are the workspace component's.
 */
package cn.xxgk.platform.web;
