package id.inbox.room;

import id.inbox.common.PhoneNumbers;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a contact search matches: a phone number in any common written form (0812…, 62812…,
 * +62 812-…) against the stored digits, otherwise a part of the name, case- and accent-insensitively.
 * The text is a literal: LIKE wildcards in it are escaped.
 */
record ContactQuery(String condition, String parameter) {

    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 ().\\-]*$");

    static ContactQuery parse(String query) {
        String trimmed = query.strip();
        String digits = PhoneNumbers.digits(trimmed);
        if (PHONE.matcher(trimmed).matches() && trimmed.replaceAll("[^0-9]", "").length() >= 3) {
            return new ContactQuery("c.phone like :contact", "%" + digits + "%");
        }
        String literal = trimmed.toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return new ContactQuery("lower(inbox_unaccent(c.name)) like lower(inbox_unaccent(:contact))", "%" + literal + "%");
    }
}
