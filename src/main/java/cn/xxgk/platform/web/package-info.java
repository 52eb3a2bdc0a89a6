/**
 * The platform's web pieces every screen relies on: messages from the bundle on the page (Messages),
 * a boundary's refusal shown at its field (FieldFlaws) or on the page (FacesFailureHandler), the
 * security headers and the session cookie. The menu and the home page are the workspace component's.
 */
package cn.xxgk.platform.web;
