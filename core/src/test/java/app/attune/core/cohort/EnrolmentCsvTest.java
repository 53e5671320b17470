package app.attune.core.cohort;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EnrolmentCsvTest {

    @Test
    void a_clean_file_yields_every_row_with_its_optional_cohort() {
        EnrolmentFile file = EnrolmentCsv.parse(
                "name,email,cohort\nAda Byrne,ada@example.org,Spring leaders\n" + "\"Okafor, Chi\",CHI@example.org,\n");
        assertThat(file.clean()).isTrue();
        assertThat(file.rows()).hasSize(2);
        assertThat(file.rows().get(0).cohort()).contains("Spring leaders");
        assertThat(file.rows().get(1).name()).isEqualTo("Okafor, Chi");
        assertThat(file.rows().get(1).email()).isEqualTo("chi@example.org");
        assertThat(file.rows().get(1).cohort()).isEqualTo(Optional.empty());
    }

    @Test
    void every_bad_row_is_reported_with_its_line_number_and_reason() {
        String csv = String.join(
                "\n",
                "name,email",
                "Ada Byrne,ada@example.org",
                "No Email,",
                ",nobody@example.org",
                "Bad Mail,not-an-address",
                "Ada Again,ADA@example.org",
                "Too,many@example.org,fields",
                "\"Unclosed,quote@example.org");
        EnrolmentFile file = EnrolmentCsv.parse(csv);
        assertThat(file.rows()).extracting(EnrolmentRow::line).containsExactly(2);
        assertThat(file.problems())
                .extracting(RowProblem::toString)
                .containsExactly(
                        "line 3: missing email",
                        "line 4: missing name",
                        "line 5: 'not-an-address' is not an email address",
                        "line 6: duplicate: ada@example.org is already on line 2",
                        "line 7: has 3 fields, the header has 2 (a comma inside a name needs quotes)",
                        "line 8: a quoted field is not closed (missing \")");
    }

    @Test
    void the_header_must_name_the_columns() {
        assertThat(EnrolmentCsv.parse("full name,mail\nA,a@b.co").problems())
                .extracting(RowProblem::toString)
                .containsExactly(
                        "line 1: unknown column 'full name' in the header: use name, email and optionally cohort");
        assertThat(EnrolmentCsv.parse("").problems()).hasSize(1);
    }

    @Test
    void columns_may_come_in_any_order_and_windows_line_ends_are_fine() {
        EnrolmentFile file = EnrolmentCsv.parse("\uFEFFemail,name\r\nbo@example.org,Bo Lind\r\n");
        assertThat(file.clean()).isTrue();
        assertThat(file.rows().get(0).name()).isEqualTo("Bo Lind");
    }
}
