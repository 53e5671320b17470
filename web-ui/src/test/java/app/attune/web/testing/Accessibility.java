package app.attune.web.testing;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.openqa.selenium.WebDriver;

/** axe-core (Deque) run in the page the browser shows: the serious and critical violations, readable. */
public final class Accessibility {
    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Accessibility() {}

    /** One line per serious or critical violation: rule, impact, help, and the elements affected. */
    public static List<String> seriousViolations(WebDriver driver) {
        Results results = new AxeBuilder().analyze(driver);
        if (results.isErrored()) {
            throw new IllegalStateException("axe-core could not run: " + results.getErrorMessage());
        }
        // everything axe found goes to the log, so minor and moderate findings are seen too
        System.out.println("axe-core on " + driver.getCurrentUrl() + ": "
                + results.getPasses().size() + " rules passed, "
                + results.getViolations().size() + " violated"
                + results.getViolations().stream()
                        .map(r -> "\n  " + r.getId() + " (" + r.getImpact() + ", "
                                + r.getNodes().size() + " elements)")
                        .collect(Collectors.joining()));
        return results.getViolations().stream()
                .filter(r -> BLOCKING.contains(r.getImpact()))
                .map(Accessibility::describe)
                .toList();
    }

    private static String describe(Rule rule) {
        String nodes =
                rule.getNodes().stream().limit(5).map(Accessibility::describe).collect(Collectors.joining("\n    "));
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + "\n    " + nodes;
    }

    private static String describe(CheckedNode node) {
        String html = node.getHtml() == null ? "" : node.getHtml();
        return (html.length() > 160 ? html.substring(0, 160) + "…" : html) + " — " + node.getFailureSummary();
    }
}
