package app.attune.web.ui.insights;

import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds Chart.js configurations as plain maps and draws them on a canvas once it has a width. */
final class ChartJs {
    static final String TEAL = "hsl(174, 62%, 32%)";
    static final String TEAL_SOFT = "hsla(174, 62%, 32%, 0.18)";
    static final String SLATE = "hsl(214, 15%, 68%)";
    static final String AMBER = "hsl(38, 85%, 55%)";
    static final String CORAL = "hsl(6, 68%, 60%)";
    static final String MINT = "hsl(160, 45%, 62%)";

    /** Draws (or redraws) once Chart.js is loaded and the canvas is laid out; a 0-wide canvas stays blank. */
    private static final String DRAW = """
            const canvas = this;
            const config = $0;
            let tries = 0;
            const draw = () => {
              if (typeof Chart === 'undefined' || canvas.clientWidth === 0) {
                if (tries++ < 400) { setTimeout(draw, 25); }
                return;
              }
              const old = Chart.getChart(canvas);
              if (old) { old.destroy(); }
              new Chart(canvas, config);
              canvas.setAttribute('data-drawn', 'true');
            };
            draw();
            """;

    private ChartJs() {}

    static void draw(Element canvas, Map<String, Object> config) {
        canvas.executeJs(DRAW, config);
    }

    static Map<String, Object> dataset(String label, List<?> data, String color) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("label", label);
        d.put("data", data);
        d.put("backgroundColor", color);
        d.put("borderColor", color);
        d.put("borderRadius", 3);
        return d;
    }

    static Map<String, Object> config(
            String type,
            List<String> labels,
            List<Map<String, Object>> datasets,
            Map<String, Object> scales,
            boolean horizontal) {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("responsive", true);
        options.put("maintainAspectRatio", false);
        options.put("animation", false);
        if (horizontal) {
            options.put("indexAxis", "y");
        }
        options.put("plugins", Map.of("legend", Map.of("position", "bottom", "labels", Map.of("boxWidth", 12))));
        options.put("scales", scales);
        return Map.of("type", type, "data", Map.of("labels", labels, "datasets", datasets), "options", options);
    }

    static Map<String, Object> axis(Integer min, Integer max, String title) {
        Map<String, Object> a = new LinkedHashMap<>();
        if (min != null) {
            a.put("min", min);
        }
        if (max != null) {
            a.put("max", max);
        }
        if (title != null) {
            a.put("title", Map.of("display", true, "text", title));
        }
        a.put("grid", Map.of("color", "hsla(214, 20%, 50%, 0.12)"));
        return a;
    }
}
