#!/usr/bin/env bash
# The link calibration of course text (docs/skill-matching.md, "Link calibration"), in one command: builds, writes the
# feature dump of every consensus-labelled UT Dallas link of the judged files under the current matcher
# (LinkCalibrationFeatures, to target/link-features.csv), then fits and reports it (fit_link_calibration.py: out of fold
# over courses against today's confidence, and the weights to paste into CourseLinkCalibration). Arguments: the judged
# CSVs (default: the seed-21 and seed-22 consensus files, and the seed-23 one when it exists); FIT_ARGS goes to the fit
# (e.g. FIT_ARGS="--samples job-ad,course-calibrated" to fit on those samples only).
#   bench/skills/link-calibration.sh
#   bench/skills/link-calibration.sh docs/skill-links-judged-consensus.csv docs/skill-links-judged-seed22-consensus.csv docs/skill-links-judged-seed23-consensus.csv
set -euo pipefail
cd "$(dirname "$0")/../.."
DATA=${CREDPATH_SHARED_DATA:-../shared/data}
if [ $# -eq 0 ]; then
  set -- docs/skill-links-judged-consensus.csv docs/skill-links-judged-seed22-consensus.csv
  [ -f docs/skill-links-judged-seed23-consensus.csv ] && set -- "$@" docs/skill-links-judged-seed23-consensus.csv
fi
mvn -q -B -ntp -o -DskipTests test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
echo "load $(cut -d' ' -f1-3 /proc/loadavg); judged files: $*"
java -Xmx3g -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  org.credpath.bench.skills.LinkCalibrationFeatures "$DATA" target/link-features.csv "$@"
python3 bench/skills/fit_link_calibration.py target/link-features.csv ${FIT_ARGS:-}
