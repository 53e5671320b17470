package app.attune.core.cohort;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads an enrolment file: a header naming the columns (name, email, optional cohort, in any order),
 * then one trainee per line. Quoted fields may hold commas and doubled quotes (RFC 4180). Every
 * problem is reported with its line number; the file is never half-read.
 */
public final class EnrolmentCsv {
    static final int MAX_ROWS = 5_000;
    static final int MAX_FIELD = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s,;]+@[^@\\s,;]+\\.[^@\\s,;]{2,}");

    private EnrolmentCsv() {}

    public static EnrolmentFile parse(String text) {
        List<EnrolmentRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        String[] lines = (text == null ? "" : text.replace("\uFEFF", "")).split("\r\n|\n|\r", -1);
        int headerLine = firstNonBlank(lines);
        if (headerLine < 0) {
            problems.add(new RowProblem(
                    1, "the file is empty: it needs a header line 'name,email' (and optionally ',cohort')"));
            return new EnrolmentFile(rows, problems);
        }
        Map<String, Integer> columns;
        try {
            columns = header(split(lines[headerLine]));
        } catch (IllegalArgumentException e) {
            problems.add(new RowProblem(headerLine + 1, e.getMessage()));
            return new EnrolmentFile(rows, problems);
        }
        Map<String, Integer> seenEmails = new HashMap<>();
        for (int i = headerLine + 1; i < lines.length; i++) {
            int lineNo = i + 1;
            if (lines[i].isBlank()) {
                continue;
            }
            if (rows.size() + problems.size() >= MAX_ROWS) {
                problems.add(new RowProblem(lineNo, "the file has more than " + MAX_ROWS + " rows: split it"));
                break;
            }
            List<String> fields;
            try {
                fields = split(lines[i]);
            } catch (IllegalArgumentException e) {
                problems.add(new RowProblem(lineNo, e.getMessage()));
                continue;
            }
            String name = field(fields, columns.get("name"));
            String email = field(fields, columns.get("email")).toLowerCase(Locale.ROOT);
            String cohort = columns.containsKey("cohort") ? field(fields, columns.get("cohort")) : "";
            int expected = columns.size();
            if (fields.size() > expected) {
                problems.add(new RowProblem(
                        lineNo,
                        "has " + fields.size() + " fields, the header has " + expected
                                + " (a comma inside a name needs quotes)"));
            } else if (name.isEmpty()) {
                problems.add(new RowProblem(lineNo, "missing name"));
            } else if (email.isEmpty()) {
                problems.add(new RowProblem(lineNo, "missing email"));
            } else if (!EMAIL.matcher(email).matches()) {
                problems.add(new RowProblem(lineNo, "'" + email + "' is not an email address"));
            } else if (name.length() > MAX_FIELD || cohort.length() > MAX_FIELD) {
                problems.add(new RowProblem(lineNo, "a field is longer than " + MAX_FIELD + " characters"));
            } else if (seenEmails.containsKey(email)) {
                problems.add(
                        new RowProblem(lineNo, "duplicate: " + email + " is already on line " + seenEmails.get(email)));
            } else {
                seenEmails.put(email, lineNo);
                rows.add(new EnrolmentRow(
                        lineNo, name, email, cohort.isEmpty() ? Optional.empty() : Optional.of(cohort)));
            }
        }
        return new EnrolmentFile(rows, problems);
    }

    /** Whether the text looks like an email address (what an enrolment row needs). */
    static boolean isEmail(String text) {
        return text != null && EMAIL.matcher(text).matches();
    }

    private static int firstNonBlank(String[] lines) {
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Integer> header(List<String> names) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i).strip().toLowerCase(Locale.ROOT);
            if (!List.of("name", "email", "cohort").contains(n)) {
                throw new IllegalArgumentException("unknown column '"
                        + names.get(i).strip() + "' in the header: use name, email and optionally cohort");
            }
            if (columns.put(n, i) != null) {
                throw new IllegalArgumentException("the header names the column '" + n + "' twice");
            }
        }
        if (!columns.containsKey("name") || !columns.containsKey("email")) {
            throw new IllegalArgumentException("the header must name the columns 'name' and 'email'");
        }
        return columns;
    }

    private static String field(List<String> fields, int index) {
        return index < fields.size() ? fields.get(index).strip() : "";
    }

    /** Splits one CSV line; quotes may wrap a field and a doubled quote inside stands for one quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.toString().isBlank() && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
                current.setLength(0);
            } else if (c == ',') {
                out.add(current.toString());
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        if (quoted) {
            throw new IllegalArgumentException("a quoted field is not closed (missing \")");
        }
        out.add(current.toString());
        return out;
    }
}
