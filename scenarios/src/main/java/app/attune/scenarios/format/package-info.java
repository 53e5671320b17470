/**
 * The scenario model: what one YAML scenario file holds once it has been parsed and validated.
 * Plain records and enums, no YAML and no engine logic, so core and web-ui can show scenarios
 * without knowing how they are stored or played.
 */
package app.attune.scenarios.format;
