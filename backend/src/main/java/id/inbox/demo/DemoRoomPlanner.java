package id.inbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Plans the demo rooms of one company from its seeded random sequence: which channel and customer, which
 * status and assignee, how long ago the customer last wrote (so every session state appears) and the tags.
 * The draws happen in a fixed order, so a company's demo data is the same on every seeding.
 */
final class DemoRoomPlanner {

    static final Duration EXPIRING_THRESHOLD = Duration.ofHours(4);
    private static final Duration AD_WINDOW = Duration.ofHours(72);

    private enum Target { OPEN, EXPIRING, EXPIRED }

    private final DemoContent content;
    private final DemoCompany company;
    private final DemoRandom random;
    private final DemoScript script;

    DemoRoomPlanner(DemoContent content, DemoCompany company, Instant now) {
        this.content = content;
        this.company = company;
        this.random = new DemoRandom(new Random(company.spec().randomSeed()));
        this.script = new DemoScript(content, company, random, now);
    }

    DemoRoom plan(int index) {
        DemoCompany.ChannelRow channel = pickChannel();
        String kind = channel.spec().kind();
        String lang = random.chance(company.spec().englishShare()) ? "en" : "id";
        DemoContent.Conversation conversation = pickConversation(lang, kind);
        DemoContent.Names names = content.names().get(lang);
        String first = random.pick(names.first());
        String last = random.pick(names.last());
        DemoRoom.Contact contact = contact(index, kind, first, last);

        double statusRoll = random.nextDouble();
        String status = statusRoll < 0.30 ? "RESOLVED" : statusRoll < 0.63 ? "UNASSIGNED" : "ASSIGNED";
        Long assignee = switch (status) {
            case "ASSIGNED" -> random.pick(company.assigneesByWeight());
            case "RESOLVED" -> random.chance(0.1) ? null : random.pick(company.assigneesByWeight());
            default -> null;
        };
        Long speaker = assignee != null ? assignee : company.supervisorId();

        Integer windowMinutes = channel.spec().windowMinutes();
        Duration window = windowMinutes == null ? null : Duration.ofMinutes(windowMinutes);
        boolean adWindow = window != null && "WHATSAPP".equals(kind) && random.chance(0.05);
        Duration inboundAgo = inboundAgo(status, window, adWindow);
        List<DemoRoom.Line> lines = script.lines(conversation, lang, first, status, assignee, speaker, inboundAgo);
        return new DemoRoom(channel, contact, status, assignee, "RESOLVED".equals(status) ? speaker : null,
                adWindow ? AD_WINDOW : window, lines, tags(conversation));
    }

    /** The customer: name, the id the network knows them by, a phone where there is one, sometimes an avatar. */
    private DemoRoom.Contact contact(int index, String kind, String first, String last) {
        String name = random.chance(0.15) ? first : first + " " + last;
        String phone = null;
        String externalId;
        String handle = (first + last).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        switch (kind) {
            case "WHATSAPP" -> {
                phone = "628" + (11 + random.nextInt(12)) + String.format("%07d", 1_000_000 + index * 7919 % 8_999_999);
                externalId = phone;
            }
            case "INSTAGRAM" -> externalId = "ig:" + handle + "." + index;
            case "MESSENGER" -> externalId = "fb:" + (100_000_000L + index * 104_729L);
            case "EMAIL" -> externalId = handle + index + "@mail.test";
            default -> {
                externalId = "web:" + Long.toHexString(company.spec().randomSeed() * 31 + index);
                if (random.chance(0.4)) {
                    phone = "628" + (11 + random.nextInt(12)) + String.format("%07d", 2_000_000 + index * 6007 % 7_999_999);
                }
            }
        }
        String avatar = !"EMAIL".equals(kind) && random.chance(0.6)
                ? String.format("/avatars/%02d.svg", 1 + random.nextInt(24)) : null;
        return new DemoRoom.Contact(externalId, name, avatar, phone);
    }

    /** How long ago the customer last wrote, chosen so the room lands in a wanted session state. */
    private Duration inboundAgo(String status, Duration window, boolean adWindow) {
        if ("RESOLVED".equals(status)) {
            return random.minutes(60, 20 * 24 * 60);
        }
        if (window == null) {
            return random.minutes(3, 5 * 24 * 60);
        }
        Duration effective = adWindow ? AD_WINDOW : window;
        double roll = random.nextDouble();
        Target target = adWindow || roll < 0.45 ? Target.OPEN : roll < 0.65 ? Target.EXPIRING : Target.EXPIRED;
        long windowMinutes = effective.toMinutes();
        long threshold = EXPIRING_THRESHOLD.toMinutes();
        return switch (target) {
            case OPEN -> random.minutes(2, Math.min(windowMinutes - threshold - 30, 20 * 60));
            case EXPIRING -> random.minutes(windowMinutes - threshold + 10, windowMinutes - 10);
            case EXPIRED -> random.minutes(windowMinutes + 30, windowMinutes + 10 * 24 * 60);
        };
    }

    /** Most of the conversation's tags, and now and then VIP. */
    private List<String> tags(DemoContent.Conversation conversation) {
        List<String> tags = new ArrayList<>();
        for (String tag : conversation.tags() == null ? List.<String>of() : conversation.tags()) {
            if (company.tagIds().containsKey(tag) && random.chance(0.7)) {
                tags.add(tag);
            }
        }
        if (random.chance(0.06) && !tags.contains("vip")) {
            tags.add("vip");
        }
        return tags;
    }

    private DemoCompany.ChannelRow pickChannel() {
        double roll = random.nextDouble();
        double sum = 0;
        for (DemoCompany.ChannelRow channel : company.channels()) {
            sum += channel.spec().share();
            if (roll < sum) {
                return channel;
            }
        }
        return company.channels().get(company.channels().size() - 1);
    }

    private DemoContent.Conversation pickConversation(String lang, String channelKind) {
        List<DemoContent.Conversation> fitting = content.conversations().stream()
                .filter(c -> lang.equals(c.lang()))
                .filter(c -> c.channels() == null || c.channels().isEmpty() || c.channels().contains(channelKind))
                .toList();
        if (fitting.isEmpty()) {
            fitting = content.conversations().stream().filter(c -> lang.equals(c.lang())).toList();
        }
        return random.pick(fitting);
    }
}
