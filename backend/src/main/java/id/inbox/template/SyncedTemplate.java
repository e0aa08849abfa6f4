package id.inbox.template;

import com.fasterxml.jackson.databind.JsonNode;
import id.inbox.template.TemplateDtos.TemplateCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One approved template as the Graph API lists it, reduced to what the inbox can send: a body with positional
 * {@code {{1}}…{{n}}} placeholders and nothing else that needs a value at send time. Anything else is skipped with
 * the reason (a media header, a header with a variable, named parameters, OTP/copy-code buttons, a URL button with
 * a variable, carousels), since sending it would only fail at Meta.
 */
record SyncedTemplate(String name, String language, TemplateCategory category, String body, int placeholderCount,
                      List<String> examples) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,100}");
    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z_]{2,10}");
    private static final Pattern VARIABLE = Pattern.compile("\\{\\{([^}]*)}}");
    private static final Set<String> BUTTONS_WITH_VALUES = Set.of("OTP", "COPY_CODE", "CATALOG", "MPM", "SPM");
    /** An example value is a hint for a field label; longer ones are cut. */
    private static final int MAX_EXAMPLE_LENGTH = 100;

    /** What was read: a template to store, or why it was skipped. */
    record Read(String name, String language, SyncedTemplate template, String skipped) {
    }

    static boolean approved(JsonNode template) {
        return "APPROVED".equals(template.path("status").asText());
    }

    static String key(String name, String language) {
        return name + "\u001f" + language;
    }

    static Read read(JsonNode template) {
        String name = template.path("name").asText("");
        String language = template.path("language").asText("");
        if (!NAME.matcher(name).matches() || !LANGUAGE.matcher(language).matches()) {
            return new Read(truncate(name), truncate(language), null, "unsupported name or language");
        }
        String skipped = problem(template);
        if (skipped != null) {
            return new Read(name, language, null, skipped);
        }
        int placeholders = placeholders(body(template));
        return new Read(name, language, new SyncedTemplate(name, language, category(template), body(template), placeholders,
                examples(template, placeholders)), null);
    }

    private static String problem(JsonNode template) {
        if (category(template) == null) {
            return "unsupported category " + truncate(template.path("category").asText("(none)"));
        }
        for (JsonNode component : template.path("components")) {
            String type = component.path("type").asText("");
            String problem = switch (type) {
                case "BODY" -> null;
                case "FOOTER" -> null;
                case "HEADER" -> !"TEXT".equals(component.path("format").asText("TEXT")) ? "media header"
                        : hasVariable(component.path("text").asText("")) ? "header with a variable" : null;
                case "BUTTONS" -> buttons(component.path("buttons"));
                default -> "component " + type;
            };
            if (problem != null) {
                return problem + " (not supported for sending)";
            }
        }
        String body = body(template);
        if (body == null || body.isBlank() || body.length() > 1024) {
            return "no body text of 1 to 1024 characters";
        }
        if (placeholders(body) == null) {
            return "named or non-sequential parameters (only {{1}}, {{2}}, … are supported)";
        }
        return null;
    }

    private static TemplateCategory category(JsonNode template) {
        try {
            return TemplateCategory.valueOf(template.path("category").asText(""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String body(JsonNode template) {
        for (JsonNode component : template.path("components")) {
            if ("BODY".equals(component.path("type").asText())) {
                return component.path("text").asText(null);
            }
        }
        return null;
    }

    /**
     * The example values Meta holds for {{1}} … {{n}} (the BODY's example.body_text, one row); none unless there is
     * exactly one text value per placeholder.
     */
    private static List<String> examples(JsonNode template, int placeholders) {
        for (JsonNode component : template.path("components")) {
            if ("BODY".equals(component.path("type").asText())) {
                JsonNode row = component.path("example").path("body_text").path(0);
                List<String> values = new ArrayList<>();
                row.forEach(value -> values.add(value.isTextual() ? truncate(value.asText().strip(), MAX_EXAMPLE_LENGTH) : ""));
                return placeholders > 0 && values.size() == placeholders && values.stream().noneMatch(String::isEmpty)
                        ? List.copyOf(values) : List.of();
            }
        }
        return List.of();
    }

    private static String buttons(JsonNode buttons) {
        for (JsonNode button : buttons) {
            String type = button.path("type").asText("");
            if (BUTTONS_WITH_VALUES.contains(type) || hasVariable(button.path("url").asText(""))) {
                return type.toLowerCase() + " button with a value";
            }
        }
        return null;
    }

    private static boolean hasVariable(String text) {
        return VARIABLE.matcher(text).find();
    }

    /** The number of placeholders when they are exactly {{1}} … {{n}}; null otherwise. */
    private static Integer placeholders(String body) {
        TreeSet<Integer> seen = new TreeSet<>();
        Matcher matcher = VARIABLE.matcher(body);
        while (matcher.find()) {
            String index = matcher.group(1);
            if (!index.matches("[0-9]{1,2}")) {
                return null;
            }
            seen.add(Integer.parseInt(index));
        }
        int count = seen.size();
        return count <= 20 && (count == 0 || seen.first() == 1 && seen.last() == count)
                ? count : null;
    }

    private static String truncate(String text) {
        return truncate(text, 100);
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
