package cn.xxgk.platform.api;

import cn.xxgk.platform.control.InputRules;
import cn.xxgk.platform.control.InvalidInputException;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.EOFException;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.util.Collection;
import java.util.Map;

/**
 * Every request body of the API passes here before a resource sees it (issue #13):
 * <ol>
 * <li>a body that cannot be read as the method's type (malformed JSON, a wrong type, a number out
 * of range, a broken multipart body, nesting beyond the parser's depth) is a 400 problem, not a
 * stack trace: whatever the reader throws but a client error it already made;</li>
 * <li>every text of the bound body (records, their lists and maps, at any depth) obeys
 * {@link InputRules}: no control character (texts of at most {@value #ONE_LINE} characters are one
 * line: no tab, CR or LF either), at most {@link InputRules#LONG_TEXT} characters unless the record
 * component declares its column's size with {@link Size};</li>
 * <li>the body's Bean Validation constraints ({@link Size} of the columns above all) hold.</li>
 * </ol>
 */
@Provider
public class BodyCheck implements ReaderInterceptor {

    /** Texts limited to this many characters or fewer are names, numbers, references: one line. */
    static final int ONE_LINE = 200;

    @Inject
    Validator validator;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (WebApplicationException web) {
            if (web.getResponse().getStatus() < 500) {
                throw web;
            }
            throw new InvalidInputException("input.unreadable");
        } catch (EOFException | CharacterCodingException | RuntimeException | StackOverflowError unreadable) {
            throw new InvalidInputException("input.unreadable");
        }
        check(body, "body", null);
        if (body != null && body.getClass().isRecord()) {
            for (ConstraintViolation<Object> violation : validator.validate(body)) {
                Object max = violation.getConstraintDescriptor().getAttributes().get("max");
                throw max != null
                        ? new InvalidInputException("input.tooLong", violation.getPropertyPath().toString(), String.valueOf(max))
                        : new InvalidInputException("input.invalid", violation.getPropertyPath().toString());
            }
        }
        return body;
    }

    /** Checks the texts of a bound value; {@code size} is the declared size of the component holding it. */
    private static void check(Object value, String path, Size size) {
        switch (value) {
            case null -> {
            }
            case String text -> InputRules.text(text, path, size == null ? InputRules.LONG_TEXT : Integer.MAX_VALUE,
                    (size == null ? InputRules.LONG_TEXT : size.max()) > ONE_LINE);
            case Collection<?> items -> {
                int i = 0;
                for (Object item : items) {
                    check(item, path + "[" + i++ + "]", size);
                }
            }
            case Map<?, ?> map -> map.forEach((key, item) -> {
                check(key, path, null);
                check(item, path + "." + key, null);
            });
            case Record record -> {
                for (RecordComponent component : record.getClass().getRecordComponents()) {
                    check(read(component, record), path.equals("body") ? component.getName()
                            : path + "." + component.getName(), declaredSize(component));
                }
            }
            default -> {
            }
        }
    }

    private static Size declaredSize(RecordComponent component) {
        try {
            return component.getDeclaringRecord().getDeclaredField(component.getName()).getAnnotation(Size.class);
        } catch (NoSuchFieldException never) {
            return null;
        }
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            component.getAccessor().setAccessible(true);
            return component.getAccessor().invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + component, e);
        }
    }
}
