"""Bad references, through the real command line: names and sources a claim, an entity or
a resolution gives that resolve to nothing, and quotes that are not in their source or do not
say what the claim says. Each case asserts the exact problems and the exit code, and that the
two valid budget claims of the base corpus are still compared (see ``test_bad_input``).
"""

from __future__ import annotations

from test_bad_input import (
    BASE,
    BUDGET_CONFLICT,
    VALID_BLOG_CLAIM,
    Corpus,
    RunCli,
    blog,
    check,
)

# 5. Unknown source, subject and work.

def test_a_claim_file_without_a_source(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "claims/blog-reveiw.yaml": """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budgte
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
        """})
    outcome = check(run)
    # Its claims are still validated; their quotes cannot be looked up.
    assert outcome.problems == [
        "claims/blog-reveiw.yaml:1:1: unknown source 'blog-reveiw': there is no "
        "blog-reveiw.txt in the sources folder; did you mean 'blog-review'?",
        "claims/blog-reveiw.yaml:4:5: unknown property 'budgte'; did you mean 'budget'?",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


def test_unknown_subject_and_work(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbor Lights
            property: budget
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
          - id: director
            subject: Mara Quint
            property: credit
            value: {kind: credit, role: director, work: Harbour Light}
            quote: "She wrote and directed the film"
            status: reviewed
          - id: shot
            subject: Harbour Lights
            property: filming_location
            value: {kind: place, place: Trieste}
            quote: "shot Harbour Lights in Trieste"
            status: reviewed
        """)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:3:5: unknown subject 'Harbor Lights'; add it to "
        "claims/entities.yaml; did you mean 'Harbour Lights'?",
        "claims/blog-review.yaml:11:43: unknown work 'Harbour Light'; add it to "
        "claims/entities.yaml; did you mean 'Harbour Lights'?",
    ]
    assert outcome.code == 1
    assert outcome.valid_claims == 3  # the filming location
    assert outcome.conflicts == BUDGET_CONFLICT


# 6. Quotes: not in the source, or not saying what the claim says.

def test_a_quote_not_in_the_source_shows_the_closest_passage(run: RunCli,
                                                             corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 6000000, currency: USD}
            quote: "which cost six milion dollars"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:6:5: quote not found in sources/blog-review.txt; the closest "
        "passage (97% similar) is at line 2:34: 'which cost six million dollars'",
    ]
    assert outcome.code == 1
    assert outcome.valid_claims == 3


def test_a_value_the_quote_does_not_support(run: RunCli, corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbour Lights
            property: budget
            value: {kind: money, amount: 7000000, currency: USD}
            quote: "cost six million dollars"
            status: reviewed
        """, then=VALID_BLOG_CLAIM)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:5:5: value not supported by the quote: the quote states 'six "
        "million dollars', not 7,000,000",
    ]
    assert outcome.code == 1
    # Left out, so its $7,000,000 is not a third competing value.
    assert outcome.conflicts == BUDGET_CONFLICT


# 12. Entities and resolutions.

def test_problems_in_the_entities(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "claims/entities.yaml": """\
        entities:
          - name: Harbour Lights
            kind: work
          - name: Mara Quint
            kind: person
            aliases:
              - name: Quint
          - name: Harbour Lights
            kind: work
          - name: Trieste
            kind: place
            part_of: Friuli-Venezia Giulia
          - name: Muggia
            kind: place
            part_of: Triest
        """, "claims/blog-review.yaml": "claims:\n" + VALID_BLOG_CLAIM})
    outcome = check(run)
    assert outcome.problems == [
        "claims/entities.yaml:7:9: alias 'Quint' needs a reason (why the name means this "
        "entity) or evidence: {source: SOURCE-ID, quote: PASSAGE}",
        "claims/entities.yaml:8:5: entity 'Harbour Lights' is declared twice (first at line "
        "2); merge the two entries",
        "claims/entities.yaml:12:5: part_of: unknown place 'Friuli-Venezia Giulia'; add it to "
        "claims/entities.yaml",
        "claims/entities.yaml:15:5: part_of: unknown place 'Triest'; add it to "
        "claims/entities.yaml; did you mean 'Trieste'?",
    ]
    assert outcome.code == 1
    # Mara Quint stays an entity without the unexplained alias; every claim is still compared.
    assert outcome.valid_claims == 3
    assert outcome.conflicts == BUDGET_CONFLICT


def test_an_entity_left_out_is_not_also_an_unknown_subject(run: RunCli,
                                                           corpus: Corpus) -> None:
    corpus({**BASE, "claims/entities.yaml": """\
        entities:
          - {name: Harbour Lights, kind: work}
          - {name: Mara Quint, kind: persn}
        """, "claims/blog-review.yaml": "claims:\n" + VALID_BLOG_CLAIM})
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:3:5: subject 'Mara Quint' is not usable: its entry in "
        "claims/entities.yaml is invalid (see the problem reported there)",
        "claims/entities.yaml:3:24: kind: should be 'person', 'work', 'organization', 'place', "
        "'character', 'event', 'group' or 'other', not 'persn'",
    ]


def test_alias_evidence_that_names_a_path(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "claims/entities.yaml": """\
        entities:
          - name: Harbour Lights
            kind: work
          - name: Mara Quint
            kind: person
            aliases:
              - name: MQ
                evidence: {source: ../../etc/passwd, quote: "root:x:0:0"}
              - name: Quint
                reason: the articles call her by her surname
          - {name: Trieste, kind: place}
        """, "claims/blog-review.yaml": VALID_BLOG_CLAIM.replace("  - id", "claims:\n  - id")
                                        .replace("Mara Quint", "Quint")})
    outcome = check(run)
    assert outcome.problems == [
        "claims/entities.yaml:8:20: source: '../../etc/passwd' is not a source id: lowercase "
        "letters, digits and hyphens, e.g. moviemaker-cover",
    ]
    assert outcome.code == 1
    # Mara Quint is still an entity, with the alias that is right: the claim naming her
    # "Quint" is compared, not reported as naming an unknown subject.
    assert outcome.valid_claims == 3
    assert outcome.conflicts == BUDGET_CONFLICT


def test_problems_in_the_resolutions(run: RunCli, corpus: Corpus) -> None:
    corpus({**BASE, "claims/resolutions.yaml": """\
        resolutions:
          harbour-lights-budget-0af09f8d:
            keep: "$6,000,000"
          harbour-lights-year-12345678:
            keep: "2023"
            accept_all: true
            reason: the guide rounds
        """})
    outcome = check(run)
    assert outcome.problems == [
        "claims/resolutions.yaml:2:3: missing required key 'reason'",
        "claims/resolutions.yaml:4:3: give exactly one verdict: keep: VALUE or accept_all: true",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT


# A claim that fails validation is still checked for its names: one run shows all to fix.

def test_a_claim_failing_validation_still_has_its_names_checked(run: RunCli,
                                                                corpus: Corpus) -> None:
    blog(corpus, """\
        claims:
          - id: budget
            subject: Harbor Lights
            property: budjet
            value: {kind: money, amount: 6000000, currency: usd}
            quote: "cost six million dollars"
            status: reviewed
          - id: director
            subject: Mara Quint
            property: credit
            value: {kind: credit, role: director, work: Harbour Light, shared: maybe}
            quote: "She wrote and directed the film"
            status: reviewed
          - id: writer
            subject:
            property: credit
            value: {kind: credit, role: writer, work: Harbour Lights}
            quote: "She wrote and directed the film"
            status: reviewed
        """)
    outcome = check(run)
    assert outcome.problems == [
        "claims/blog-review.yaml:3:5: unknown subject 'Harbor Lights'; add it to "
        "claims/entities.yaml; did you mean 'Harbour Lights'?",
        "claims/blog-review.yaml:4:5: unknown property 'budjet'; did you mean 'budget'?",
        "claims/blog-review.yaml:5:43: currency: 'usd' is not a three-letter currency code "
        "such as USD",
        "claims/blog-review.yaml:11:43: unknown work 'Harbour Light'; add it to "
        "claims/entities.yaml; did you mean 'Harbour Lights'?",
        "claims/blog-review.yaml:11:64: shared: should be true or false, not 'maybe'",
        "claims/blog-review.yaml:15:5: subject: should be text, but nothing is given",
    ]
    assert outcome.code == 1
    assert outcome.conflicts == BUDGET_CONFLICT
