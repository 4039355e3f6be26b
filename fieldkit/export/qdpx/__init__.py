"""REFI-QDA project exchange (.qdpx): NVivo, ATLAS.ti, MAXQDA, QualCoder.

A .qdpx is a zip holding ``project.qde`` (XML, namespace ``urn:QDA-XML:project:1.0``, validated
against ``Project.xsd``) and a ``sources/`` folder. How fieldkit maps its data:

* **Users**: every coder, interviewer, observer, tagger and memo author, by name; their GUID is
  derived from the name, so the same person keeps the same GUID across exports.
* **Codebook**: themes nested as in fieldkit, ``isCodable="true"``, colour, description; memos on
  a theme are Notes referenced from the Code. Archived themes are exported (they keep codings).
* **Text sources**: each interview (transcript) and observation (description) is a TextSource
  whose text is ``sources/<guid>.txt`` (``plainTextPath="internal://<guid>.txt"``), UTF-8 without
  a byte-order mark, LF line ends. Each text coding is its own PlainTextSelection with one
  Coding; ``startPosition``/``endPosition`` count Unicode code points from 0 with the end
  exclusive (fieldkit's own convention, and what QualCoder and ATLAS.ti write). The selection's
  ``name`` holds the covered text (up to 200 characters), its Description the coding memo.
  Detached codings (whose text was deleted) are left out and reported.
* **Tags** (a theme on a whole record) are a PlainTextSelection of the whole text (start 0, end
  = its length) with one Coding: QualCoder (and others) ignore Codings placed directly on a
  source. The selection's GUID is derived from the Coding's (``uuid5(namespace, "tag
  selection:" + coding guid)``, see ``qde_sources.tag_selection_guid``); the importer reads a
  whole-text selection with that GUID back as a tag, so the round trip is exact, and any other
  whole-text selection as a coding. A record with no text keeps the Coding on the source. Tags
  on a case are the Case's CodeRefs.
* **Names**: sources have unique names (QualCoder renames equal names "1_…" and overwrites
  media files of the same name): a repeated title gets its date, then a short id if still
  equal (``source_names.py``); a renamed source or note carries a variable ``original name``
  that the importer restores. Every source also carries a variable ``case`` with its case's
  title (QualCoder does not read a Case's SourceRefs).
* **Audio** attachments are AudioSources (``internal://<guid>.<ext>``) with AudioSelections in
  milliseconds; **photos** are PictureSources. Both carry a variable ``attached to`` with the
  GUID of their interview or observation.
* **Cases** are Cases with variables ``record type`` = ``case``, ``country``, ``region``,
  ``locality``, ``kind``, SourceRefs to their sources, and the summary as Description.
* **Participants** are Cases of their own (``record type`` = ``participant``), named by their
  pseudonymous code, with variables ``role``, ``consent status``, ``consent date``, ``consent
  form``, ``consent audio``, ``consent quotes``, ``consent attribution`` and SourceRefs to their
  interviews — so another tool can filter by role or consent, and the interview sources carry
  ``participants`` and ``participant roles`` as text variables too. Participant names are never
  exported.
* **Consent** (``fieldkit.export.consent``, applied when the export is planned, before anything
  is written): a participant whose consent is *withdrawn* or still *pending* is not a Case, and
  an interview with such a participant is left out entirely (with its codings, tags, memos and
  audio); the export counts them in ``QdpxReport.consent``. Sources whose words may not be
  quoted (a participant did not allow quotes, or no participant is linked) are exported — the
  .qdpx is the team's analysis material — and marked: the variable ``quote restriction`` on the
  source and its recordings (and on the participant's Case), and a first paragraph ``CONSENT —
  Not for quotation: …`` in the source's Description (dropped again on import), so the
  restriction reaches the other tool. Who takes part is decided as for every study export
  (``study_consent.study_consent``): the linked participants and those who speak in the
  transcript; an observation in which a withheld participant speaks is left out too. A
  withheld participant's code or name written into kept material, and a name without
  attribution, are hidden by the policy's ``Redactor`` as each element is written:
  "[withheld]"/"[name]" in project.qde and the note files, blacked out letter for letter
  ("█") in the source texts and selection names, so every position still points at the same
  words.
* **Memos** are Notes whose text is a file ``sources/<guid>.txt`` (``plainTextPath``; the schema
  allows inline text or a path, not both, and QualCoder reads only the file), with unique names:
  referenced from a Code (theme memos) or the Project (study memos), or a Link from the Note
  to the Case, participant, interview or observation it is about. (A NoteRef on a TextSource
  is what QualCoder reads as an annotation of a passage; a whole-record memo there was lost.)
* **Streaming**: project.qde is written element by element (``xml_out.py``) while each batch of
  records has its texts and codings read (``export_plan.py``); the import reads it with a pull
  parser, one source at a time, in one transaction. The large demo corpus exports and imports
  within 300 MB (``benchmarks/bench_qdpx.py``).
* Not exported: starred flags (the schema has no place for them), replica metadata.

Import reads the same mapping back and reads other tools' files with the obvious fallbacks; see
``importer.py`` and ``textpos.py``.
"""

from fieldkit.export.qdpx.importer import ImportReport, import_qdpx
from fieldkit.export.qdpx.writer import QdpxReport, export_qdpx

__all__ = ["ImportReport", "QdpxReport", "export_qdpx", "import_qdpx"]
