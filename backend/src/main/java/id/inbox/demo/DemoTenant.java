package id.inbox.demo;

import java.util.List;

/** What one demo company looks like: its people, its channels and the language mix of its customers. */
record DemoTenant(String name, long randomSeed, double englishShare, List<User> users, List<Channel> channels) {

    record User(String username, String displayName, String role, boolean active) {
    }

    /** share: the fraction of rooms on this channel; windowMinutes null: no reply window. */
    record Channel(String kind, String name, String externalId, Integer windowMinutes, double share) {
    }

    static DemoTenant nusantara() {
        return new DemoTenant("Toko Nusantara", 20261124L, 0.25,
                List.of(new User("supervisor@nusantara.test", "Sari Wulandari", "supervisor", true),
                        new User("agent1@nusantara.test", "Budi Santoso", "agent", true),
                        new User("agent2@nusantara.test", "Dewi Lestari", "agent", true),
                        new User("rudi@nusantara.test", "Rudi Hartono", "agent", false)),
                List.of(new Channel("WHATSAPP", "WhatsApp Toko Nusantara", "628111000101", 1440, 0.40),
                        new Channel("WHATSAPP", "WhatsApp CS Surabaya", "628111000102", 1440, 0.15),
                        new Channel("INSTAGRAM", "Instagram @tokonusantara", "ig-17841400000001", 10080, 0.15),
                        new Channel("MESSENGER", "Facebook Toko Nusantara", "fb-100000000000001", 10080, 0.10),
                        new Channel("EMAIL", "cs@tokonusantara.test", "cs@tokonusantara.test", null, 0.10),
                        new Channel("WEBCHAT", "Live chat tokonusantara.test", "web-nusantara", null, 0.10)));
    }

    static DemoTenant sentosa() {
        return new DemoTenant("Sentosa Retail", 20261125L, 0.5,
                List.of(new User("supervisor@sentosa.test", "Hendra Wijaya", "supervisor", true),
                        new User("agent@sentosa.test", "Rina Kusuma", "agent", true)),
                List.of(new Channel("WHATSAPP", "WhatsApp Sentosa", "628222000201", 1440, 0.50),
                        new Channel("INSTAGRAM", "Instagram @sentosaretail", "ig-17841400000002", 10080, 0.15),
                        new Channel("MESSENGER", "Facebook Sentosa Retail", "fb-100000000000002", 10080, 0.10),
                        new Channel("EMAIL", "help@sentosa.test", "help@sentosa.test", null, 0.10),
                        new Channel("WEBCHAT", "Web chat sentosa.test", "web-sentosa", null, 0.15)));
    }
}
