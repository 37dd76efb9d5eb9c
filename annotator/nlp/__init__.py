"""Suggestions: spaCy plus rules turn an article into ranked, evidence-backed candidate events.

- ``pipeline``: load the configured model (cached, thread-safe) or a blank rule-based fallback.
- ``gazetteer``, ``components``, ``nameindex``: offline places (GeoNames) and actor matching.
- ``actors``: the actor dictionary (canonical names, aliases, ACLED inter codes).
- ``triggers``: trigger words per sub-event type, from the schema's ``triggers:``.
- ``dates``, ``numbers``: dates resolved against the published date; fatality counts.
- ``roles``: DependencyMatcher patterns (``resources/role_patterns.yaml``) for who does what to whom.
- ``mentions``: actor phrases (dictionary, entities, agent nouns) and their names.
- ``context`` (what an article holds, found once), ``role_finder`` (roles and place per trigger),
  ``candidates`` (one candidate event per trigger mention), ``grouping`` (one per incident, threshold).
- ``suggest``: the public API the window and the CLI call (``suggest_events``, ``suggest_many``,
  ``suggest_doc``, ``entity_spans``).
- ``evaluate``: alignment with gold events and the scores ``annotator evaluate`` prints.

Nothing here imports Qt; heavy imports (spaCy) happen when these modules are imported, so the
window imports them in a worker.
"""
