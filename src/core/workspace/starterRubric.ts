// The commented rubric file "Open rubric" offers to create when the built-in
// rubric is in effect: it extends the built-in one and shows, commented out,
// what a team usually tunes first. Every editor host offers the same text.

export const STARTER_RUBRIC_YAML = `# Weekly Review rubric for this workspace.
# It extends the built-in "cto" rubric: anything not set here is inherited.
# Maps merge by id; set an entry to null to remove an inherited one.
# Reference: https://github.com/weekly-review/weekly-review#rubric
extends: cto

# Share of the week each category should get (must add up to 100%).
# categories:
#   recruiting:
#     target: 15%
#   marketing:
#     target: 5%

# Score below which an activity is flagged as low-value (0..1).
# threshold: 0.5

# How far from target (in percentage points) still counts as "on target".
# tolerance: 5%

# Hours you expect to log in a week (front matter "hours:" wins).
# expectedHours: 40

# Severity per rule: error, warning, info, hint or off.
# rules:
#   missing-duration: off
`;
