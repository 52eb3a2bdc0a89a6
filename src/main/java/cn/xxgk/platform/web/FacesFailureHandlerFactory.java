package cn.xxgk.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link FacesFailureHandler} in front of PrimeFaces' exception handler (faces-config.xml). */
public class FacesFailureHandlerFactory extends ExceptionHandlerFactory {

    public FacesFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new FacesFailureHandler(getWrapped().getExceptionHandler());
    }
}
