package app.attune.grading.eval;

import app.attune.grading.MoveCode;
import java.util.Set;

/** One line of a labelled corpus: what the coach said after what, and the codes a human gave it. */
record LabelledUtterance(String id, String previous, String text, Set<MoveCode> codes) {}
