package id.inbox.common;

/** Phone numbers as stored: digits of the international form without the plus (0812… and +62 812… become 62812…). */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    public static String digits(String written) {
        String digits = written.replaceAll("[^0-9]", "");
        return digits.startsWith("0") ? "62" + digits.substring(1) : digits;
    }
}
