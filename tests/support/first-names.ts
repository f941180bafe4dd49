// Given names common in France, old and new, including names from North and West Africa and the
// English-speaking world that French readers meet every day. tests/content/cast.test.ts looks for
// them, as whole capitalised words, in every lesson, simulation, glossary entry, checklist and
// trainer's guide: a name found here that content/cast.yaml does not give is a person outside the cast.
// Spelled with their accents (« Jérôme », not « Jerome »); a name has both spellings where both are
// common (Kevin and Kévin, Leila and Leïla).

/** The names of a list written as words separated by spaces and line ends. */
const words = (list: string): string[] => list.trim().split(/\s+/);

/**
 * Given names that are also ordinary words, flowers, places or brands: « claire et nette », « une
 * rose », « la pierre », « bleu marine », « l’aurore », « la victoire », « Milan » the city… A capital
 * alone does not tell them from a person, since every word has one at the start of a sentence. These
 * count as a person only in a « Prénom Nom » pair (« Pierre Durand ») or when a verb follows
 * (« Claire répond », « Rose n’a pas vu »): see tests/content/cast.test.ts.
 */
export const WORD_NAMES: readonly string[] = words(`
  Ambre Aurore Blanche Capucine Céleste Charlotte Claire Clémentine Constance Fleur Florence Iris Jade
  Lorraine Madeleine Marguerite Marine Mélodie Milan Olive Perle Pierre Prudence Rose Victoire Violette
`);
// Left out on purpose, because in a course about French social media they are almost never a person:
// « France » (the country, France Travail, « Sanchez c. France »), « Noël » (Christmas), « Paris »,
// « Eden », « Alexa » (Amazon's assistant), « Ondine » and « Halo » (the lamps of Atelier Lumen).

const FEMALE = words(`
  Adèle Agathe Agnès Aïcha Alexandra Alice Alicia Aline Alix Amandine Amélie Amina Aminata Anaïs
  Andréa Angèle Angélique Anna Anne Annabelle Annie Apolline Ariane Armelle Audrey Aurélie Awa Axelle
  Aya Béatrice Bénédicte Bernadette Brigitte Camille Carla Carmen Carole Caroline Catherine Cécile
  Céline Chantal Charlène Chiara Chloé Christelle Christine Cindy Clara Clarisse Claudine Clémence
  Coralie Corinne Delphine Diane Djamila Dorothée Édith Elena Éléonore Élisa Élise Élodie Éloïse Elsa
  Emily Emma Emmanuelle Estelle Éva Eva Évelyne Fanny Farida Fatima Fatou Fatoumata Flora Françoise
  Gabrielle Gaëlle Geneviève Ginette Giulia Grace Hélène Héloïse Hortense Houda Imane Inès Ingrid
  Irène Isabelle Jacqueline Jeanne Jennifer Jessica Joséphine Judith Julia Julie Juliette Justine
  Karine Kelly Kenza Khadija Laetitia Laëtitia Laura Laure Laurence Léa Leila Leïla Léna Léonie Lila
  Lili Lina Lisa Lola Lou Louise Lucie Lucille Lydie Maëlle Maëlys Malika Manon Margaux Margot Maria
  Mariam Marie Marion Marthe Martine Maryam Mathilde Maud Mélanie Mélissa Meryem Mia Michèle Mila
  Mireille Mona Monique Morgane Muriel Myriam Nadège Nadia Nadine Naïma Nathalie Nina Noémie Nora Nour
  Océane Odile Olivia Ophélie Pascale Patricia Paula Pauline Perrine Priscilla Rachel Rania Romane
  Sabine Sabrina Salma Samira Sandrine Sara Sarah Séverine Simone Sofia Solène Sonia Sophie Stéphanie
  Suzanne Sylvie Thérèse Valentine Valérie Vanessa Véronique Victoria Virginie Yasmina Yasmine Yvette
  Yvonne Zineb Zoé
`);

const MALE = words(`
  Adam Adama Adrien Alain Alban Albert Alexandre Alexis Ali Amine Anis Anthony Antoine Armand Arnaud
  Arthur Augustin Aurélien Axel Ayoub Baptiste Bastien Benjamin Benoît Bernard Bertrand Bilal Boris
  Boubacar Brandon Bruno Carlos Cédric Charles Christian Christophe Claude Clément Corentin Cyril
  Cyrille Damien Daniel David Denis Didier Diego Dimitri Djibril Dominique Dylan Édouard Elias
  Emmanuel Enzo Éric Erwan Ethan Étienne Fabien Fabrice Farid Félix Ferdinand Florent Florian Francis
  Franck François Frédéric Gabriel Gaël Gaëtan Gaspard Gauthier Georges Gérard Gilbert Gilles Grégoire
  Grégory Guillaume Gustave Guy Hamza Henri Hervé Hugo Hugues Ibrahim Idriss Ilan Ilyes Ismaël Jacques
  Jamel Jean Jérémy Jérôme Joël Jonas Jonathan Jordan Joseph Jules Julien Justin Karim Kenzo Kevin
  Kévin Kylian Laurent Léo Léon Léonard Liam Loïc Louis Luc Luca Lucas Lucien Ludovic Malik Mamadou
  Marc Marcel Mario Marius Martin Mathéo Mathieu Mathis Matteo Matthieu Maxence Maxime Mehdi Michel
  Mohamed Mohammed Morgan Moussa Nabil Naël Nathan Nicolas Noah Noam Noé Nolan Norbert Olivier Omar
  Ousmane Pablo Pascal Patrice Patrick Paul Philippe Quentin Rachid Raphaël Raymond Rayan Rémi Rémy
  Renaud René Richard Robert Robin Rodolphe Roger Romain Ryan Sacha Sami Samir Samuel Sébastien Serge
  Simon Sofiane Souleymane Stéphane Steven Sylvain Tarek Théo Théophile Thibault Thibaut Thierry
  Thomas Timothée Tom Tristan Valentin Victor Vincent Walid Xavier Yacine Yanis Yann Yannick Yassine
  Yohan Youssef Yves
`);

/** Every given name the cast test looks for: the ordinary ones and the WORD_NAMES. */
export const FIRST_NAMES: readonly string[] = [...new Set([...FEMALE, ...MALE, ...WORD_NAMES])].toSorted((a, b) =>
  a.localeCompare(b, "fr"),
);
