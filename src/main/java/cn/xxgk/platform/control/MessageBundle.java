package cn.xxgk.platform.control;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The texts of the resource bundle (i18n/messages, Chinese first, English second) without JSF: for
 * the REST API's problem responses, mails and anything else that runs outside a page. The screens
 * read the same bundle through the web layer's Messages.
 */
public final class MessageBundle {

    public static final String NAME = "i18n.messages";
    /** The language of the people the system serves: problems, mails and letters are in Chinese. */
    public static final Locale DEFAULT_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private MessageBundle() {
    }

    /** The text of a key in the default language (Chinese), its {0}, {1} ... filled in. */
    public static String text(String key, Object... arguments) {
        return text(DEFAULT_LOCALE, key, arguments);
    }

    /** The text of a key in a language, its {0}, {1} ... filled in; the key itself when the bundle lacks it. */
    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(NAME, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
