package id.inbox.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a scripted conversation into a room's messages: its placeholders filled in, spaced in time around
 * the customer's last message, with the assignment and resolve notes where the room's status needs them.
 */
final class DemoScript {

    private final DemoContent content;
    private final DemoCompany company;
    private final DemoRandom random;
    private final Instant now;

    DemoScript(DemoContent content, DemoCompany company, DemoRandom random, Instant now) {
        this.content = content;
        this.company = company;
        this.random = random;
        this.now = now;
    }

    /** The room's messages; the customer's last one was written inboundAgo. */
    List<DemoRoom.Line> lines(DemoContent.Conversation conversation, String lang, String firstName, String status,
                              Long assignee, Long speaker, Duration inboundAgo) {
        Map<String, String> vars = placeholders(lang, firstName, speaker);
        List<DemoContent.Line> script = conversation.messages();
        if ("UNASSIGNED".equals(status)) {
            script = script.subList(0, Math.max(1, firstAgentLine(script)));
        }
        Instant[] at = times(script, now.minus(inboundAgo));
        List<DemoRoom.Line> lines = new ArrayList<>();
        for (int i = 0; i < script.size(); i++) {
            DemoContent.Line line = script.get(i);
            String body = fill(line.text(), vars);
            if (line.fromCustomer()) {
                lines.add(new DemoRoom.Line("INBOUND", "TEXT", body, null, at[i], null));
            } else {
                boolean lastOfRoom = i == script.size() - 1;
                lines.add(new DemoRoom.Line("OUTBOUND", "TEXT", body, speaker, at[i],
                        lastOfRoom && random.chance(0.5) ? "DELIVERED" : "READ"));
            }
            if (i == 0 && assignee != null) {
                lines.add(new DemoRoom.Line("SYSTEM", "NOTE", "Assigned to " + company.displayName(assignee), assignee,
                        at[0].plusSeconds(15), null, "ASSIGNED", assignee));
            }
        }
        if ("RESOLVED".equals(status)) {
            Instant lastAt = lines.get(lines.size() - 1).at();
            Instant candidate = lastAt.plusSeconds(60 + random.nextInt(3600));
            Instant resolvedAt = candidate.isAfter(now) ? lastAt.plusSeconds(10) : candidate;
            lines.add(new DemoRoom.Line("SYSTEM", "NOTE", "Resolved by " + company.displayName(speaker), speaker, resolvedAt,
                    null, "RESOLVED", null));
        }
        return lines;
    }

    private static int firstAgentLine(List<DemoContent.Line> script) {
        int firstAgent = 0;
        while (firstAgent < script.size() && script.get(firstAgent).fromCustomer()) {
            firstAgent++;
        }
        return firstAgent;
    }

    /**
     * When each line was written: the customer's last line at the anchor, earlier lines before it (quicker
     * within one side), later agent lines after it but never in the last half minute.
     */
    private Instant[] times(List<DemoContent.Line> script, Instant anchor) {
        int lastCustomer = -1;
        for (int i = 0; i < script.size(); i++) {
            if (script.get(i).fromCustomer()) {
                lastCustomer = i;
            }
        }
        Instant[] at = new Instant[script.size()];
        int anchorIndex = Math.max(lastCustomer, 0);
        at[anchorIndex] = anchor;
        for (int i = anchorIndex - 1; i >= 0; i--) {
            boolean sameSide = script.get(i).fromCustomer() == script.get(i + 1).fromCustomer();
            at[i] = at[i + 1].minusSeconds(sameSide ? 20 + random.nextInt(150) : 60 + random.nextInt(720));
        }
        for (int i = anchorIndex + 1; i < script.size(); i++) {
            Instant next = at[i - 1].plusSeconds(90 + random.nextInt(1200));
            at[i] = next.isAfter(now.minusSeconds(30)) ? at[i - 1].plusSeconds(5) : next;
        }
        return at;
    }

    private Map<String, String> placeholders(String lang, String firstName, Long speaker) {
        Map<String, String> vars = new LinkedHashMap<>();
        vars.put("name", firstName);
        vars.put("agent", company.displayName(speaker).split(" ")[0]);
        vars.put("company", company.spec().name());
        vars.put("order", "ORD-" + (100_000 + random.nextInt(900_000)));
        vars.put("product", random.pick(content.products().get(lang)));
        int thousands = 45 + random.nextInt(2400);
        vars.put("amount", "id".equals(lang)
                ? "Rp" + String.format(Locale.ROOT, "%,d", thousands * 1000).replace(',', '.')
                : String.format(Locale.ROOT, "$%d.%02d", 5 + thousands / 30, random.nextInt(100)));
        vars.put("date", DateTimeFormatter.ofPattern("d MMM yyyy", "id".equals(lang) ? Locale.forLanguageTag("id") : Locale.ENGLISH)
                .format(now.minus(Duration.ofDays(1 + random.nextInt(6))).atZone(ZoneOffset.ofHours(7))));
        return vars;
    }

    private static String fill(String text, Map<String, String> vars) {
        String result = text;
        for (Map.Entry<String, String> var : vars.entrySet()) {
            result = result.replace("{" + var.getKey() + "}", var.getValue());
        }
        return result;
    }
}
