package id.inbox.demo;

import id.inbox.common.Handle;
import id.inbox.common.Sql;
import java.time.Instant;
import java.util.List;

/** A demo company's canned replies: company-wide ones of everyday questions, and a personal one of each agent. */
final class DemoCannedReplies {

    private record Reply(String shortcut, String body) {
    }

    private DemoCannedReplies() {
    }

    private static List<Reply> companyWide(String company) {
        return List.of(
                new Reply("salam", "Halo {{contact.name}}, terima kasih sudah menghubungi " + company + ". Saya {{agent.name}}, ada yang bisa saya bantu?"),
                new Reply("ongkir", "Ongkos kirim gratis untuk pesanan di atas Rp100.000 ke seluruh Jawa dan Bali, {{contact.name}}."),
                new Reply("resi", "Pesanan Anda sudah kami kirim. Nomor resinya akan kami kirimkan begitu tercatat di kurir."),
                new Reply("jam-buka", "Layanan pelanggan " + company + " buka setiap hari pukul 08.00 sampai 21.00 WIB."),
                new Reply("terima-kasih", "Terima kasih, {{contact.name}}! Senang bisa membantu. Semoga harimu menyenangkan."));
    }

    static void write(Handle handle, DemoCompany company, Instant now) {
        for (Reply reply : companyWide(company.spec().name())) {
            insert(handle, company.tenantId(), null, reply, now);
        }
        for (DemoTenant.User user : company.spec().users()) {
            if ("agent".equals(user.role()) && user.active()) {
                insert(handle, company.tenantId(), company.userIds().get(user.username()),
                        new Reply("cek-dulu", "Baik {{contact.name}}, saya cek dulu ya. Mohon tunggu sebentar."), now);
            }
        }
    }

    private static void insert(Handle handle, long tenantId, Long ownerId, Reply reply, Instant now) {
        Sql.of("""
                        insert into canned_reply (tenant_id, owner_id, shortcut, body, created_at, updated_at)
                        values (:tenant, :owner, :shortcut, :body, :now, :now)""")
                .bind("tenant", tenantId)
                .bind("owner", ownerId)
                .bind("shortcut", reply.shortcut())
                .bind("body", reply.body())
                .bind("now", now)
                .update(handle).execute();
    }
}
