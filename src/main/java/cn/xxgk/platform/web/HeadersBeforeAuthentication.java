package cn.xxgk.platform.web;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The container asks the authentication mechanism about every request before any filter runs, and
 * what the mechanism answers by itself (the redirect to the login page or to the SSO, the API's
 * 401) never reaches {@link SecurityHeadersFilter}. This decorator puts the {@link SecurityHeaders}
 * on the response first, whatever mechanism is installed.
 */
@Decorator
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public abstract class HeadersBeforeAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Inject
    SecurityHeaders headers;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        headers.apply(request, response);
        return mechanism.validateRequest(request, response, context);
    }
}
