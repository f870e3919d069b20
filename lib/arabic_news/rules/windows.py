"""How far each extraction rule looks: distances in characters of normalized text, sentences or days.

A cue counts only when it stands close enough to what it qualifies: «سحب» right before
a figure makes it the size of a withdrawal, but the same word three clauses earlier
does not. Each distance here belongs to one rule of `arabic_news.extract`, named by the
cue table it reaches for (`rules.forces`, `rules.events`, …). The numbers were set on the
gold annotation (`data/gold/`); to change one, change it here and run the extraction
quality tests (`tests/test_extraction_quality.py`), which print what it moves.

Characters are counted in normalized text (one diacritic-free letter each), from the
figure's (or the date's) first character backwards or its last character forwards.
"""

from __future__ import annotations

# ── publication dates (extract.publication) ───────────────────────────────────────────────
DATELINE_CUE_BEFORE = 30   # «اليوم», «بتاريخ» this close before a day makes it the article's own date
DATELINE_AT_START = 40     # a day this close to the start of the first paragraph is its dateline
OFFICE_BEFORE = 12         # «نائب» right before a known office holder: «نائب الرئيس جو بايدن» is no president
DEADLINE_BEFORE = 12       # «بحلول», «نهايه», «حتي» this close before a date places it ahead
SINCE_BEFORE = 8           # «منذ» this close before a date
PAST_VERB_BEFORE = 80      # a perfect verb (rules.events.PAST_VERBS) this close before …
PAST_VERB_AFTER = 40       # … or after a month written without a year places it in the past
TODAY_CUE_BEFORE = 12      # «اليوم» this close before a weekday names today («اليوم الجمعة»)
EVENT_REFERENCE_REACH = 90  # a relative date this close to the names of a known meeting dates it
EVENT_REFERENCE_DAYS = 45   # the publication days tried around a known meeting for that relative date
EARLIER_CUE_BEFORE = 12     # «في وقت سابق» this close before «هذا الشهر»
CORPUS_EVENT_SHARED_ACTORS = 3  # two event rows of a corpus with this many actors in common are one event
CLAUSE_FALLBACK = 40       # a date outside any sentence: its clause is taken to start this far back

# ── status: planned or expected (extract.status, extract.events) ──────────────────────────
STATUS_MARK_MIN_DISTANCE = 15  # a clause mark nearer than this to the figure does not cut it from its verb
STATUS_AFTER = 20              # a status cue this close after the figure or date still governs it
WEAK_CUE_VERB_AFTER = 20       # the verb after «قد» is read within this many characters
PLUPERFECT_BEFORE = 60         # «كان» this close before «قد» makes it the pluperfect («كان … قد تبني»)

# ── is a figure a troop level? (extract.troops) ──────────────────────────────────────────
TRAINING_BEFORE = 12       # «لتكوين», «لتدريب» right before: people to be trained
FORCE_AFTER = 40           # an ambiguous noun («عنصر», «فرد») counts troops with a force word this close after …
FORCE_BEFORE = 60          # … or this close before it in its clause
MILITARY_SITE_AFTER = 4    # … or a base right after it («في قاعده»)
VETERAN_AFTER = 8          # «سابق», «متقاعد» right after the noun: veterans
MIXED_AFTER = 24           # «والمدنيين» right after the noun: people in general
DECREMENT_BEFORE = 10      # «سحب», «تقليص» right before: the size of a change
CHANGE_CUE_BEFORE = 80     # a change cue this far back in the clause …
CHANGE_AMOUNT_BEFORE = 10  # … with «ب»/«بمقدار» right before the figure: the size of an increase
CHANGE_WORD_BEFORE = 6     # «من»/«الي» right before a figure in a sentence about a change
PARTITIVE_BEFORE = 16      # «من بينهم» right before a figure, with a casualty cue earlier in the sentence
CASUALTY_BEFORE = 60       # a casualty cue («مقتل») this close before the figure in its clause
CASUALTY_AFTER = 16        # a casualty word right after the noun («قتلوا»)
CASUALTY_VERB_AFTER = 80   # a later casualty verb in the figure's clause
PERCENT_AFTER = 12         # «في المئه» right after a number: a percentage
LIST_GAP = 60              # at most this many characters between two figures of one list
EXCEPTION_BEFORE = 20      # «باستثناء» right before: the troops staying behind
STAYING_AFTER = 12         # «سيبقون» right after a figure
ANAPHOR_BEFORE = 40        # «هذا العدد» this close before a figure refers back to troops
TROOP_CONTEXT_SENTENCES = 2  # a figure without a noun follows a troop figure at most this many sentences back
ABOARD_BEFORE = 16         # «تحمل», «علي متنها» right before: people aboard, in an incident
SOURCE_BEFORE = 20         # «بحسب تقديرات» right before: the people counted are a source
RATE_AFTER = 48            # «شهريا» this close after a figure, in its clause: a flow, not a level
STRENGTH_VERB_BEFORE = 30  # «وصل … الي», «يبلغ» this close before a figure without a noun, after a strength noun
INCIDENT_AFTER = 30        # «هاجموا» this close after gunmen …
INCIDENT_BEFORE = 20       # … or «هاجم» this close before them: people in an incident
VAGUE_TROOPS_MIN = 20      # a vague amount of «قوات» counts from «عشرات» (20) up, not «عده» (3)
POLICE_AFTER = 14          # «شرطه» right after the noun: police, no troops
NISBA_NOUN_MIN = 10        # fewer members than this counted by a nisba («4 داعشيين») are a handful of people
GROUP_CONTEXT_BEFORE = 30  # a named group this close before a nationality noun («فاغنر نحو 300 روسي»)
NISBA_NOUN_SLACK = 2       # a nisba counted noun («نحو 100 روسي») starts at most this far after the number
PEOPLE_LIST_GAP = 120      # a figure this close after a count of people, linked to it («، و18»), counts people too
WITH_PEOPLE_GAP = 40       # a figure this close before a count of civilians, joined to it («و340 مدنيا»): people
YEAR_CUE_BEFORE = 12       # «عام» right before a four-digit number: a year («عام 2010 مدربا»), not a count
TRAINED_VERB_BEFORE = 40   # «درب», «جندت» this close before a figure in its clause: people trained or recruited
RIGHT_AFTER_REACH = 60     # a partitive or owner link looked for this far after a figure …
RIGHT_AFTER_SLACK = 3      # … starting at most this many characters after it (spaces)

# ── whose troops (extract.owners) ─────────────────────────────────────────────────────────
OWNER_AFTER = 14           # a force word this close after the noun owns the figure («جندي امريكي»)
OWNER_AFTER_LINK = 6       # more reach after an owner link («من الجيش الكوري الجنوبي»)
SUPPORT_BEFORE = 14        # «لدعم» right before a force word: the helped force owns nothing
SPEAKER_BEFORE = 16        # «السفير», «صحيفه هارتس» this close before a nationality adjective: a speaker, no owner
MEMBERSHIP_BEFORE = 16     # «المنضويه في» right before a force word: a membership, no owner
COUNT_OF_BEFORE = 14       # «عدد قوات» right before a force word: the figure counts that force
INHERIT_SENTENCES = 3      # a figure may take the force or place of the last figure this many sentences back
SENDER_BEFORE = 24         # a country this close before a sending verb («ايران بارسال») is its subject …
SENDING_BEFORE = 40        # … when the verb stands this close before the figure
SENT_BY_AFTER = 120        # «جلبتهم» this close after the figure, in its sentence, with a country right after it
FIGHT_OBJECT_BEFORE = 24   # a fight cue this close before a force word makes it what is fought …
FIGHT_OBJECT_WORDS = 2     # … with at most this many words between («ضد اخر جيب لداعش»)

# ── where (extract.places) ────────────────────────────────────────────────────────────────
LOCATIVE_BEFORE = 14       # «في», «داخل» this close before a place makes it a location
WITHDRAWAL_BEFORE = 50     # «انسحاب» this close before «من سوريا» makes Syria a location
LAND_BEFORE = 12           # «الاراضي» right before a nationality adjective («الاراضي السوريه»)
NOT_LOCATION_BEFORE = 16   # «المدعومه من» right before a place: a backer, not a location
PLACE_AFTER = 40           # a located place this close after a figure is its location
PLACE_HEAD_BEFORE = 24     # «ولايه» this far before a nationality adjective («ولايه فلوريدا الاميركيه»)
EXERCISE_ADJECTIVE_AFTER = 20  # a nationality adjective this close after an exercise word names its host
DATELINE_PLACE_AT_START = 30   # a place this close to the start of the body, before a dateline mark …
DATELINE_MARK_AFTER = 3        # … right after it, is the article's dateline place

# ── when: current, planned or past (extract.troops) ───────────────────────────────────────
COMPARISON_BEFORE = 14     # «مقارنه ب» right before: the earlier term of a comparison
CURRENT_BEFORE = 30        # «حاليا», «وبذلك» this close before: the current level
CURRENT_AFTER = 12         # «حاليا» right after the first figure of a change («من 2500 حاليا الي 1870»): the level now
SINCE_DATE_AFTER = 60      # «منذ اغسطس 2016» this close after a figure, «منذ» between: there since then
FUTURE_VERB_BEFORE = 25    # a future verb this close before a figure keeps a past commitment planned
PAST_CUE_BEFORE = 60       # «كان», «سابقا» this close before: a past level
PAST_DATE_DAYS = 31        # a date more than this many days before publication dates a past level

# ── attacks (extract.attacks) ─────────────────────────────────────────────────────────────
NOT_ATTACK_AFTER = 12      # «جزاء» right after «ضربه»: a penalty kick
FOILED_BEFORE = 16         # «احبطت» right before: plots foiled
SO_FAR_AFTER = 14          # «حتي الان» right after a date: the period runs to publication
ATTACK_SINCE_BEFORE = 16   # «منذ», «منذ بدايه» this close before a date: attacks since then
RANGE_OPENER_BEFORE = 16   # «بين» this close before the first date of a range …
RANGE_JOIN_GAP = 6         # … and at most this many characters («و», «الي») between its two dates
EVENT_RELATIVE_AFTER = 14  # «قبل» with no date this close after it: before an event, no period
DAY_REPORT_MAX_COUNT = 50  # at most this many attacks with no date are the day's report (more: a tally)
DEFINITE_BACK_SENTENCES = 2  # «الهجمات الاربعه» takes the period of an attack count this many sentences back

# ── events (extract.events) ───────────────────────────────────────────────────────────────
PERIOD_CUE_BEFORE = 10     # «منذ», «حتي» this close before a date make it a period to or from publication
PERIOD_PHRASE_BEFORE = 18  # «في وقت لاحق من», «في وقت سابق» (longer phrases) this close before
DAY_PART_BEFORE = 12       # «صباح» right before «اليوم»: a day, not «nowadays»

# ── speakers (extract.rows) ───────────────────────────────────────────────────────────────
SPEAKER_SENTENCES = 2      # «وأضاف أن …» looks this many sentences back for its speaker
