// French words that carry no subject of their own: they never decide whether a page matches a
// search, and are never highlighted. Written folded (see fold.ts): « deja » for « déjà ».
// Articles, pronouns, prepositions, conjunctions, the commonest adverbs and question words,
// and the forms of être, avoir, faire, pouvoir, vouloir, devoir, aller, falloir a question uses
// (« que faire quand… », « comment il faut… »), and the verbs and adverbs a spoken question adds
// (« je dois le dire ? », « on ne sait pas encore », « c’est vraiment un travail ? »). Kept short on purpose: a word that might be the
// subject of a search (« temps », « page », « client ») is not here.
const WORDS = `
a à ai aie aient aies ait alors as au aucun aucune aupres auquel aura aurai auraient aurais aurait
aussi autre autres aux auxquelles auxquels avaient avais avait avant avec avez aviez avions avoir
avons ayant c ca car ce ceci cela celle celles celui cependant ces cet cette ceux chaque chez ci
comme comment d dans de des deja donc dont du elle elles en encore entre es est et etaient etais
etait etant ete etes etre eu eue eues eus eut faire fais fait faut font il ils j je jusqu l la
laquelle le lequel les lesquelles lesquels leur leurs lui m ma mais me meme memes mes moi mon n ne
ni nos notre nous on ont or ou par parce pas peu peut peuvent peux plus pour pourquoi pouvoir
puis quand que quel quelle quelles quels qu qui quoi s sa sans se sera serai seraient serait ses
si sien son sont sous suis sur t ta te tes toi ton toujours tous tout toute toutes tres tu un une
va vais vas veut veux vont vos votre vous y doit doivent dois devoir faudrait fallait falloir
aller est-ce c'est qu'est-ce fait-on peut-on faut-il quoi comment combien
dire dit dis disent sait sais savent savoir vraiment bien trop beaucoup ici quelqu quelque chose choses
`;

export const STOP_WORDS: ReadonlySet<string> = new Set(WORDS.split(/\s+/).filter(Boolean));
