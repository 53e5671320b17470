package app.attune.core.practice;

import app.attune.core.account.UserId;
import app.attune.grading.Skill;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A trainee's own attempts written out as JSON (everything) or CSV (one row per attempt). */
final class AttemptExport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    record Item(AttemptRow attempt, String title, List<TurnRow> turns, List<SkillScoreRow> skills) {}

    private AttemptExport() {}

    static String write(ExportFormat format, UserId trainee, List<Item> items, Instant now) {
        return switch (format) {
            case JSON -> json(trainee, items, now);
            case CSV -> csv(items);
        };
    }

    private static String json(UserId trainee, List<Item> items, Instant now) {
        ObjectNode root = JSON.createObjectNode();
        root.put("exportedAt", now.toString());
        root.put("trainee", trainee.value());
        ArrayNode list = root.putArray("attempts");
        for (Item item : items) {
            AttemptRow a = item.attempt();
            ObjectNode o = list.addObject();
            o.put("id", a.id());
            ObjectNode scenario = o.putObject("scenario");
            scenario.put("id", a.scenarioId());
            scenario.put("version", a.scenarioVersion());
            scenario.put("title", item.title());
            o.put("status", a.status().name().toLowerCase(java.util.Locale.ROOT));
            o.put("endedBy", a.endedBy() == null ? null : a.endedBy().name().toLowerCase(java.util.Locale.ROOT));
            o.put("startedAt", a.startedAt().toString());
            o.put(
                    "completedAt",
                    a.completedAt() == null ? null : a.completedAt().toString());
            o.put("seed", a.seed());
            o.put("hints", a.hints());
            o.put("guided", a.guided());
            if (a.overallScore() == null) {
                o.putNull("overall");
            } else {
                o.put("overall", a.overallScore());
            }
            ObjectNode skills = o.putObject("skills");
            for (SkillScoreRow r : item.skills()) {
                ObjectNode s = skills.putObject(r.skill());
                s.put("score", r.score());
                s.put("level", r.level().toLowerCase(java.util.Locale.ROOT));
                s.put("explanation", r.explanation());
            }
            ArrayNode turns = o.putArray("turns");
            for (TurnRow t : item.turns()) {
                ObjectNode turn = turns.addObject();
                turn.put("number", t.turnNo());
                ObjectNode trainee_ = turn.putObject("trainee");
                trainee_.put("text", t.traineeText());
                ArrayNode codes = trainee_.putArray("codes");
                Codec.codes(t.codes()).forEach(c -> codes.add(c.name()));
                trainee_.put("move", t.move());
                ObjectNode persona = turn.putObject("persona");
                persona.put("text", t.personaText());
                persona.put("cue", t.personaCue());
                persona.put("lineId", t.personaLineId());
                ArrayNode signals = persona.putArray("signals");
                Codec.signals(t.signals()).forEach(sg -> signals.add(sg.id()));
                persona.put("disclosedLayer", t.disclosedLayer());
                persona.put("layer", t.layer());
                turn.put("createdAt", t.createdAt().toString());
            }
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String csv(List<Item> items) {
        StringBuilder b = new StringBuilder();
        List<String> header = new ArrayList<>(List.of(
                "attempt_id",
                "scenario_id",
                "scenario_version",
                "scenario_title",
                "status",
                "ended_by",
                "started_at",
                "completed_at",
                "turns",
                "overall"));
        for (Skill s : Skill.values()) {
            header.add(s.id());
        }
        row(b, header);
        for (Item item : items) {
            AttemptRow a = item.attempt();
            Map<String, Integer> scores = new HashMap<>();
            item.skills().forEach(r -> scores.put(r.skill(), r.score()));
            List<String> cells = new ArrayList<>(List.of(
                    String.valueOf(a.id()),
                    a.scenarioId(),
                    String.valueOf(a.scenarioVersion()),
                    item.title(),
                    a.status().name().toLowerCase(java.util.Locale.ROOT),
                    a.endedBy() == null ? "" : a.endedBy().name().toLowerCase(java.util.Locale.ROOT),
                    a.startedAt().toString(),
                    a.completedAt() == null ? "" : a.completedAt().toString(),
                    String.valueOf(a.turnCount()),
                    a.overallScore() == null ? "" : String.valueOf(a.overallScore())));
            for (Skill s : Skill.values()) {
                Integer v = scores.get(s.id());
                cells.add(v == null ? "" : String.valueOf(v));
            }
            row(b, cells);
        }
        return b.toString();
    }

    private static void row(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(cell(cells.get(i)));
        }
        b.append("\r\n");
    }

    /** RFC 4180 quoting; a text cell that a spreadsheet would run as a formula gets a leading quote. */
    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !v.matches("-?\\d+")) {
            v = "'" + v;
        }
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
