/**
 * The {@code play} command: list, check and play scenarios from the command line. Its output is a
 * contract used by external evaluations (docs/scenario-format.md, "Command line").
 */
package app.attune.scenarios.cli;
