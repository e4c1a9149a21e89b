"""The kg vocabulary as Python constants, generated from ``ontology/kg.ttl``.

Do not edit: run ``python scripts/generate_vocab.py``. ``tests/test_vocab.py`` fails when
this file no longer matches the ontology.
"""

from __future__ import annotations

from dataclasses import dataclass

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

NAMESPACE = "https://w3id.org/kg-news/ontology#"


class KG(DefinedNamespace):
    """Terms of the kg ontology; an unknown name raises AttributeError."""

    _fail = True
    _NS = Namespace("https://w3id.org/kg-news/ontology#")

    Document: URIRef
    Entity: URIRef
    Event: URIRef
    Facility: URIRef
    Initiative: URIRef
    Organization: URIRef
    Person: URIRef
    Place: URIRef
    Product: URIRef
    Statement: URIRef
    acquires: URIRef
    amount: URIRef
    amountText: URIRef
    announces: URIRef
    boardMemberOf: URIRef
    ceoOf: URIRef
    chairmanOf: URIRef
    charEnd: URIRef
    charStart: URIRef
    competesWith: URIRef
    confidence: URIRef
    currency: URIRef
    customerOf: URIRef
    develops: URIRef
    divests: URIRef
    endDate: URIRef
    extractionRule: URIRef
    founderOf: URIRef
    hasAgreementWith: URIRef
    hasExclusiveAccessTo: URIRef
    hasRightOfFirstRefusal: URIRef
    inTalksWith: URIRef
    investsIn: URIRef
    launches: URIRef
    livesIn: URIRef
    locatedIn: URIRef
    manufacturesFor: URIRef
    mergeReason: URIRef
    mergesWith: URIRef
    negated: URIRef
    operates: URIRef
    organizes: URIRef
    ownsStakeIn: URIRef
    participatesIn: URIRef
    partnersWith: URIRef
    percentage: URIRef
    pointInTime: URIRef
    sentence: URIRef
    sentenceStart: URIRef
    sourceDocument: URIRef
    sourceText: URIRef
    startDate: URIRef
    status: URIRef
    subsidiaryOf: URIRef
    sues: URIRef
    suppliesTo: URIRef
    uses: URIRef
    worksFor: URIRef


@dataclass(frozen=True)
class RelationSpec:
    """Domain, range and OWL characteristics of one relation."""

    name: str
    domain: tuple[str, ...]
    range: tuple[str, ...]
    symmetric: bool
    inverse: str | None
    super_properties: tuple[str, ...]

    def accepts(self, head_type: str, tail_type: str) -> bool:
        """Whether entities of these classes can be the relation's head and tail."""
        return head_type in self.domain and tail_type in self.range


ENTITY_CLASSES: tuple[str, ...] = ('Event', 'Facility', 'Initiative', 'Organization', 'Person', 'Place', 'Product')

RELATIONS: dict[str, RelationSpec] = {
    'acquires': RelationSpec('acquires', ('Organization',), ('Organization', 'Product', 'Facility'), False, None, ()),
    'announces': RelationSpec('announces', ('Organization', 'Person'), ('Product', 'Initiative', 'Event'), False, None, ()),
    'boardMemberOf': RelationSpec('boardMemberOf', ('Person',), ('Organization',), False, None, ('worksFor',)),
    'ceoOf': RelationSpec('ceoOf', ('Person',), ('Organization',), False, None, ('worksFor',)),
    'chairmanOf': RelationSpec('chairmanOf', ('Person',), ('Organization',), False, None, ('boardMemberOf',)),
    'competesWith': RelationSpec('competesWith', ('Organization',), ('Organization',), True, None, ()),
    'customerOf': RelationSpec('customerOf', ('Organization', 'Initiative'), ('Organization',), False, 'suppliesTo', ()),
    'develops': RelationSpec('develops', ('Organization',), ('Product', 'Facility', 'Initiative'), False, None, ()),
    'divests': RelationSpec('divests', ('Organization',), ('Organization', 'Product', 'Facility'), False, None, ()),
    'founderOf': RelationSpec('founderOf', ('Person',), ('Organization',), False, None, ()),
    'hasAgreementWith': RelationSpec('hasAgreementWith', ('Organization',), ('Organization',), True, None, ()),
    'hasExclusiveAccessTo': RelationSpec('hasExclusiveAccessTo', ('Organization',), ('Organization', 'Product'), False, None, ()),
    'hasRightOfFirstRefusal': RelationSpec('hasRightOfFirstRefusal', ('Organization',), ('Organization',), False, None, ()),
    'inTalksWith': RelationSpec('inTalksWith', ('Organization',), ('Organization',), True, None, ()),
    'investsIn': RelationSpec('investsIn', ('Organization', 'Person'), ('Event', 'Facility', 'Initiative', 'Organization', 'Person', 'Place', 'Product'), False, None, ()),
    'launches': RelationSpec('launches', ('Organization',), ('Product',), False, None, ()),
    'livesIn': RelationSpec('livesIn', ('Person',), ('Place',), False, None, ()),
    'locatedIn': RelationSpec('locatedIn', ('Organization', 'Facility', 'Event', 'Place'), ('Place',), False, None, ()),
    'manufacturesFor': RelationSpec('manufacturesFor', ('Organization',), ('Organization',), False, None, ('suppliesTo',)),
    'mergesWith': RelationSpec('mergesWith', ('Organization',), ('Organization',), True, None, ()),
    'operates': RelationSpec('operates', ('Organization',), ('Product', 'Facility'), False, None, ()),
    'organizes': RelationSpec('organizes', ('Organization',), ('Event',), False, None, ()),
    'ownsStakeIn': RelationSpec('ownsStakeIn', ('Organization', 'Person'), ('Organization',), False, None, ('investsIn',)),
    'participatesIn': RelationSpec('participatesIn', ('Organization',), ('Initiative', 'Event'), False, None, ()),
    'partnersWith': RelationSpec('partnersWith', ('Organization',), ('Organization',), True, None, ()),
    'subsidiaryOf': RelationSpec('subsidiaryOf', ('Organization',), ('Organization',), False, None, ()),
    'sues': RelationSpec('sues', ('Organization', 'Person'), ('Organization', 'Person'), False, None, ()),
    'suppliesTo': RelationSpec('suppliesTo', ('Organization',), ('Organization', 'Initiative'), False, 'customerOf', ()),
    'uses': RelationSpec('uses', ('Organization',), ('Product',), False, None, ()),
    'worksFor': RelationSpec('worksFor', ('Person',), ('Organization',), False, None, ()),
}


def ancestors(relation: str) -> frozenset[str]:
    """Every super-property of ``relation``, transitively (not the relation itself)."""
    found: set[str] = set()
    todo = list(RELATIONS[relation].super_properties)
    while todo:
        parent = todo.pop()
        if parent not in found:
            found.add(parent)
            todo.extend(RELATIONS[parent].super_properties)
    return frozenset(found)
