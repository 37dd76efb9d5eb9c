# The two commands a newcomer needs: `make run` and `make test`. Both set up what they need.
.PHONY: run test test-quick lint screenshot bench package clean-venv

run:
	@scripts/bootstrap.sh run
	.venv/bin/annotator gui

test:
	@scripts/bootstrap.sh test
	@scripts/run-tests.sh

test-quick:
	@scripts/bootstrap.sh test
	@scripts/run-tests.sh -m "not slow"

lint:
	@scripts/bootstrap.sh test
	.venv/bin/ruff check .
	.venv/bin/lint-imports

screenshot:
	@scripts/bootstrap.sh test
	QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py docs/screenshot.png

bench:
	@scripts/bootstrap.sh test
	.venv/bin/python benchmarks/run_all.py

package:
	@scripts/bootstrap.sh test
	@scripts/build-package.sh

clean-venv:
	rm -rf .venv
