/**
 * English function words that carry no topic, plus the filler of how people phrase a help question
 * ("how do I …", "is there a way to …") and of links in answers (http, www, com). Compared before stemming.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren as at be because been before being below between
  both but by can cannot could couldn did didn do does doesn doing don down during each else ever few for from
  further get gets getting got had hadn has hasn have haven having he her here hers herself him himself his how
  i if in into is isn it its itself just let me might more most must mustn my myself no nor not of off on once
  only or other ought our ours ourselves out over own please same shall shan she should shouldn so some such
  than that the their theirs them themselves then there these they this those through to too under until up
  upon us very was wasn we were weren what when where which while who whom whose why will with won would
  wouldn you your yours yourself yourselves s t d ll m re ve also anyone someone something anything way ways
  dont doesnt didnt isnt arent wasnt werent cant couldnt wont wouldnt shouldnt im ive id youre
  possible want wants wanted need needs trying try tried know like really still etc e g ie eg
  http https www com org net html htm php`
    .split(/\s+/)
    .filter(Boolean),
);
