package app.attune.grading.cli;

import app.attune.grading.ClassifiedMove;
import app.attune.grading.MoveCode;
import app.attune.grading.PersonaSignal;
import app.attune.grading.ResistanceMoment;
import app.attune.grading.SessionReport;
import app.attune.grading.SkillScore;
import app.attune.grading.TryInstead;
import app.attune.grading.TurnAnnotation;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Set;

/** The JSON shapes the command line prints (documented in docs/grading.md). */
final class ReportJson {

    private final ObjectMapper json;

    ReportJson(ObjectMapper json) {
        this.json = json;
    }

    /** One classified utterance: {"id", "codes", "evidence"}, codes in MoveCode order. */
    ObjectNode move(String id, ClassifiedMove move) {
        ObjectNode o = json.createObjectNode();
        o.put("id", id);
        o.set("codes", codes(move.codes()));
        o.set("evidence", evidence(move.evidence()));
        return o;
    }

    ObjectNode report(SessionReport r) {
        ObjectNode o = json.createObjectNode();
        o.put("overall", r.overall());
        ObjectNode skills = o.putObject("skills");
        for (SkillScore s : r.skills().values()) {
            ObjectNode k = skills.putObject(s.skill().id());
            k.put("score", s.score());
            k.put("level", s.level().id());
            k.put("explanation", s.explanation());
            ArrayNode turns = k.putArray("turns");
            s.turns().forEach(turns::add);
        }
        ArrayNode annotations = o.putArray("annotations");
        for (TurnAnnotation a : r.annotations()) {
            ObjectNode n = annotations.addObject();
            n.put("turn", a.number());
            n.put("text", a.traineeText());
            n.set("codes", codes(a.codes()));
            n.set("evidence", evidence(a.evidence()));
            n.put("stance", a.stance().id());
            n.set("personaSignals", signals(a.personaSignals()));
            n.put("layerBefore", a.layerBefore());
            n.put("layerAfter", a.layerAfter());
            n.put("layerChange", a.layerChange());
        }
        ArrayNode moments = o.putArray("resistanceMoments");
        for (ResistanceMoment m : r.resistanceMoments()) {
            ObjectNode n = moments.addObject();
            n.put("turn", m.turn());
            n.set("signals", signals(m.signals()));
            n.put("responseTurn", m.responseTurn());
            n.set("responseCodes", codes(m.responseCodes()));
            n.put("outcome", m.outcome().id());
        }
        ArrayNode suggestions = o.putArray("suggestions");
        for (TryInstead t : r.suggestions()) {
            ObjectNode n = suggestions.addObject();
            n.put("turn", t.turn());
            n.put("kind", t.kind());
            n.put("original", t.original());
            n.put("suggestion", t.suggestion());
            n.put("why", t.why());
        }
        return o;
    }

    private ArrayNode codes(Set<MoveCode> codes) {
        ArrayNode a = json.createArrayNode();
        for (MoveCode c : MoveCode.values()) {
            if (codes.contains(c)) {
                a.add(c.name());
            }
        }
        return a;
    }

    private ObjectNode evidence(Map<MoveCode, String> evidence) {
        ObjectNode o = json.createObjectNode();
        for (MoveCode c : MoveCode.values()) {
            String e = evidence.get(c);
            if (e != null) {
                o.put(c.name(), e);
            }
        }
        return o;
    }

    private ArrayNode signals(Set<PersonaSignal> signals) {
        ArrayNode a = json.createArrayNode();
        for (PersonaSignal s : PersonaSignal.values()) {
            if (signals.contains(s)) {
                a.add(s.id());
            }
        }
        return a;
    }
}
