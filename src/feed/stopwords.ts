/**
 * Words too common to say two titles are about the same thing (Indonesian and English): the
 * function words of titles (conjunctions, prepositions, determiners, auxiliaries, common
 * adverbs). Conversational pronouns and words titles seldom use are left out to keep the
 * script-tag bundle small; titleKeywords() ignores words shorter than three letters anyway.
 */
const indonesian =
  'ada adalah agar akan antara apa apakah atas atau bagaimana bagi bahkan bahwa baik banyak baru belum berbagai beberapa bersama bisa bukan cara dalam dan dapat dari demi dengan di hal hanya harus hingga ini itu jadi jika juga karena ke kepada kita lain lebih melalui menjadi mereka merupakan mulai namun oleh pada para per saat saja sama sampai sangat satu sebagai sebelum sebuah secara sejak selain seluruh semua serta seperti setelah suatu sudah tanpa telah tentang terhadap terus tetapi tidak untuk yaitu yakni yang';
const english =
  'about after all also and are because been before between but can during for from had has have her here how into its just more most not now only other our out over some such than that the their them then there these they this those through under until was were what when where which while who why will with you your';

export const stopWords: ReadonlySet<string> = new Set(`${indonesian} ${english}`.split(' '));
