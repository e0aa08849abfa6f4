package id.inbox.demo;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The WhatsApp templates of a demo company: approved ones with placeholders, one pending, one rejected. */
final class DemoTemplates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

    /** examples: the values the template was approved with on WhatsApp, one per placeholder. */
    record Template(String name, String language, String category, String status, String body, List<String> examples) {
        int placeholderCount() {
            Matcher m = PLACEHOLDER.matcher(body);
            int max = 0;
            while (m.find()) {
                max = Math.max(max, Integer.parseInt(m.group(1)));
            }
            return max;
        }
    }

    private DemoTemplates() {
    }

    static List<Template> of(String company) {
        return List.of(
                new Template("order_shipped", "id", "UTILITY", "APPROVED", "Halo {{1}}, pesanan {{2}} sudah kami kirim. Lacak paket Anda dengan nomor resi {{3}}. Terima kasih telah berbelanja di " + company + ".", List.of("Siti", "ORD-482913", "JNE1234567890")),
                new Template("follow_up", "id", "UTILITY", "APPROVED", "Halo {{1}}, kami ingin melanjutkan percakapan tentang {{2}}. Balas pesan ini agar tim " + company + " dapat membantu Anda.", List.of("Siti", "pengiriman pesanan")),
                new Template("payment_reminder", "id", "UTILITY", "APPROVED", "Halo {{1}}, pembayaran pesanan {{2}} sebesar {{3}} belum kami terima. Mohon selesaikan sebelum {{4}} agar pesanan tidak dibatalkan.", List.of("Siti", "ORD-482913", "Rp150.000", "31 Desember")),
                new Template("feedback_request", "id", "MARKETING", "APPROVED", "Terima kasih sudah menghubungi " + company + "! Bagaimana pelayanan kami hari ini? Balas dengan angka 1 sampai 5.", List.of()),
                new Template("order_update", "en", "UTILITY", "APPROVED", "Hi {{1}}, here is an update on your order {{2}}: {{3}}. Reply to this message if you need any help.", List.of("Siti", "ORD-482913", "shipped")),
                new Template("promo_harbolnas", "id", "MARKETING", "PENDING", "Halo {{1}}! Harbolnas tiba: diskon hingga {{2}} untuk semua produk " + company + ". Berlaku sampai {{3}}.", List.of("Siti", "50%", "12 Desember")),
                new Template("login_code", "en", "AUTHENTICATION", "REJECTED", "{{1}} is your verification code. Do not share it with anyone.", List.of("482913")));
    }
}
