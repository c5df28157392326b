/** Words too common to say two titles are about the same thing (Indonesian and English). */
const indonesian =
  'ada adalah agar akan aku anda antara apa apakah atas atau bagaimana bagi bahkan bahwa baik banyak baru begitu belum benar berbagai beberapa bersama bisa boleh bukan cara dalam dan dapat dari demi dengan di dia hal hanya harus hingga ia ini itu jadi jika juga kali kami kamu karena ke kepada kita lagi lain lebih maka masih mana melalui menjadi mereka merupakan mulai namun oleh pada para per pula saat saja sama sampai sangat satu saya sebagai sebelum sebuah secara sedang sejak selain seluruh semua sendiri serta seperti setelah sini situ suatu sudah tak tanpa telah tentang terhadap terus tetapi tidak untuk yaitu yakni yang';
const english =
  'about above after again all also and any are because been before being between both but can could did does doing down during each few for from further had has have having her here hers him his how into its just more most not now off once only other our out over own same she should some such than that the their them then there these they this those through too under until very was were what when where which while who whom why will with would you your';

export const stopWords: ReadonlySet<string> = new Set(`${indonesian} ${english}`.split(' '));
