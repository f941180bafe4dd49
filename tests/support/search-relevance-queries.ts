// The search relevance suite: what the four readers of Relais type into the search box, each
// with the pages that truly answer it. The rule is « written from the users' side »: a junior CM,
// a parent, a boss or a trainer phrasing a need in their own words (sentences, questions,
// fragments, missing accents, one small typo, a synonym the page does not use, either apostrophe,
// capitals), never a lesson's `keywords` or title copied back. A query passes when one of its
// answers is in the first three results. Every answer was chosen by reading the page: two to four
// at most, and only pages that answer the need, not pages that merely share its words.
export type Reader = "cm" | "parent" | "dirigeant" | "formateur";

export interface RelevanceQuery {
  reader: Reader;
  query: string;
  /** pages that truly answer it: site paths without base, e.g. "/lecons/x/", "/glossaire/#pharos" */
  answers: readonly string[];
}

export const RELEVANCE_QUERIES: readonly RelevanceQuery[] = [
  // A junior CM, in the middle of the work.
  {
    reader: "cm",
    query: "repérer une crise qui commence",
    answers: ["/lecons/reperer-un-signal-faible/", "/lecons/les-six-temps-d-une-crise/", "/glossaire/#signal-faible"],
  },
  {
    reader: "cm",
    query: "combien de temps pour répondre à un client",
    answers: ["/lecons/le-service-client-en-ligne/"],
  },
  {
    reader: "cm",
    query: "un client insulte mon collègue sous notre post, je supprime ou pas ?",
    answers: ["/lecons/moderer-sans-censurer/", "/simulations/le-troll-du-dimanche/", "/glossaire/#moderation"],
  },
  {
    reader: "cm",
    query: "repondre a un mauvais avis google sans s’enerver",
    answers: ["/lecons/les-avis-google/"],
  },
  {
    reader: "cm",
    query: "le CM d'une marque concurrente se moque de nous en public",
    answers: [
      "/lecons/quand-un-pro-vous-attaque/",
      "/lecons/reconnaitre-une-attaque-de-pro/",
      "/lecons/ne-pas-mordre-a-l-hamecon/",
      "/simulations/clash-entre-cm/",
    ],
  },
  {
    reader: "cm",
    query: "est ce que je peux reposter la photo d'une cliente",
    answers: [
      "/lecons/ugc-et-createurs-partenaires/",
      "/lecons/droit-a-l-image-et-droit-d-auteur/",
      "/simulations/la-photo-empruntee/",
    ],
  },
  {
    reader: "cm",
    query: "quelle musique mettre sur nos vidéos sans problème de droits",
    answers: [
      "/lecons/droit-a-l-image-et-droit-d-auteur/",
      "/lecons/tiktok-pour-une-marque/",
      "/glossaire/#bibliotheque-de-musique-commerciale",
    ],
  },
  {
    reader: "cm",
    query: "moderatoin des commentaires insultants",
    answers: ["/lecons/moderer-sans-censurer/", "/glossaire/#moderation", "/glossaire/#charte-de-moderation"],
  },
  {
    reader: "cm",
    query: "je pars en vacances, qu’est-ce que je laisse à mon remplaçant ?",
    answers: [
      "/lecons/le-kit-de-passation/",
      "/lecons/le-plan-de-releve/",
      "/fiches/plan-de-continuite/",
      "/glossaire/#passation",
    ],
  },
  {
    reader: "cm",
    query: "300 notifications en rentrant de congé",
    answers: ["/lecons/revenir-apres-une-absence/"],
  },
  {
    reader: "cm",
    query: "je suis à bout, toujours connectée le soir",
    answers: ["/lecons/eviter-l-epuisement/", "/glossaire/#epuisement-professionnel"],
  },
  {
    reader: "cm",
    query: "décrire une image pour les personnes aveugles",
    answers: [
      "/lecons/l-accessibilite-des-publications/",
      "/glossaire/#texte-alternatif",
      "/glossaire/#lecteur-d-ecran",
    ],
  },
  {
    reader: "cm",
    query: "quelqu'un menace une collègue dans les commentaires, qui prévenir ?",
    answers: [
      "/lecons/signaler-un-contenu-illicite/",
      "/simulations/les-commentaires-de-la-nuit/",
      "/lecons/moderer-sans-censurer/",
      "/glossaire/#pharos",
    ],
  },
  {
    reader: "cm",
    query: "organiser un giveaway sur insta",
    answers: ["/lecons/jeux-concours-et-donnees-personnelles/", "/glossaire/#jeu-concours"],
  },
  {
    reader: "cm",
    query: "faire des screenshots avant d'effacer un message",
    answers: ["/lecons/garder-des-preuves/", "/glossaire/#capture-d-ecran"],
  },
  {
    reader: "cm",
    query: "harcelment d'une CM sur son compte perso",
    answers: ["/lecons/la-meute-et-les-spectateurs/", "/lecons/signaler-un-contenu-illicite/"],
  },
  {
    reader: "cm",
    query: "Un Troll Revient Tous Les Soirs Sous Nos Posts",
    answers: ["/glossaire/#troll", "/simulations/le-troll-du-dimanche/", "/lecons/moderer-sans-censurer/"],
  },
  {
    reader: "cm",
    query: "que dire aux clients tant qu'on ne sait pas encore ce qui se passe",
    answers: [
      "/glossaire/#message-d-attente",
      "/lecons/les-six-temps-d-une-crise/",
      "/simulations/la-rumeur-du-rappel/",
    ],
  },
  {
    reader: "cm",
    query: "écrire mes légendes avec ChatGPT, je dois le dire ?",
    answers: ["/lecons/l-ia-et-la-transparence/", "/glossaire/#contenu-genere-par-ia"],
  },
  {
    reader: "cm",
    query: "différence entre portée et impressions",
    answers: [
      "/glossaire/#portee",
      "/glossaire/#impressions",
      "/lecons/lire-les-statistiques-natives/",
      "/lecons/mesurer-la-valeur/",
    ],
  },
  {
    reader: "cm",
    query: "mon boss poste sans me prévenir",
    answers: [
      "/lecons/le-patron-qui-publie-seul/",
      "/simulations/le-double-post-du-patron/",
      "/lecons/pourquoi-ne-pas-poster-soi-meme/",
    ],
  },
  {
    reader: "cm",
    query: "une fausse info sur un rappel de notre produit circule",
    answers: ["/simulations/la-rumeur-du-rappel/", "/lecons/rappel-de-produit/", "/glossaire/#fausse-information"],
  },

  // A parent (or a friend) wondering what the job is.
  {
    reader: "parent",
    query: "mon fils veut devenir community manager",
    answers: ["/lecons/c-est-un-vrai-metier/", "/lecons/ce-que-fait-un-cm/", "/lecons/ce-que-le-metier-n-est-pas/"],
  },
  {
    reader: "parent",
    query: "ma fille est CM, concrètement elle fait quoi de ses journées ?",
    answers: ["/lecons/ce-que-fait-un-cm/", "/lecons/une-semaine-de-cm/", "/lecons/c-est-un-vrai-metier/"],
  },
  {
    reader: "parent",
    query: "ça paye bien, community manager ?",
    answers: ["/lecons/c-est-un-vrai-metier/"],
  },
  {
    reader: "parent",
    query: "quelles etudes pour travailler dans les reseaux sociaux",
    answers: ["/lecons/c-est-un-vrai-metier/"],
  },
  {
    reader: "parent",
    query: "il est tout le temps sur son portable, c'est vraiment un travail ?",
    answers: ["/lecons/expliquer-a-un-ami/", "/lecons/ce-que-le-metier-n-est-pas/", "/lecons/c-est-un-vrai-metier/"],
  },
  {
    reader: "parent",
    query: "ma fille s’est fait insulter au boulot, comment la soutenir",
    answers: ["/lecons/expliquer-a-un-ami/", "/lecons/eviter-l-epuisement/"],
  },
  {
    reader: "parent",
    query: "c’est quoi un bad buzz",
    answers: ["/glossaire/#bad-buzz", "/lecons/expliquer-a-un-ami/"],
  },
  {
    reader: "parent",
    query: "expliquer le métier de ma fille à sa grand-mère avec une image simple",
    answers: ["/lecons/des-analogies-honnetes/"],
  },
  {
    reader: "parent",
    query: "UGC ça veut dire quoi",
    answers: ["/glossaire/#ugc"],
  },
  {
    reader: "parent",
    query: "animateur de communauté, c'est pareil que community manager ?",
    answers: ["/lecons/c-est-un-vrai-metier/", "/glossaire/#community-manager"],
  },
  {
    reader: "parent",
    query: "mon fils répond aux messages de sa boîte le dimanche soir, c'est normal ?",
    answers: ["/lecons/eviter-l-epuisement/"],
  },
  {
    reader: "parent",
    query: "c'est pas juste un stagiaire qui poste des photos ?",
    answers: ["/lecons/ce-que-le-metier-n-est-pas/", "/lecons/un-metier-qui-se-seniorise/"],
  },
  {
    reader: "parent",
    query: "ma fille fait un burn out à cause de son job",
    answers: ["/lecons/eviter-l-epuisement/", "/glossaire/#epuisement-professionnel"],
  },
  {
    reader: "parent",
    query: "c'est quoi un troll sur internet",
    answers: ["/glossaire/#troll"],
  },
  {
    reader: "parent",
    query: "son boulot c'est de répondre aux clients pas contents ?",
    answers: ["/lecons/le-service-client-en-ligne/", "/lecons/ce-que-fait-un-cm/", "/glossaire/#service-client"],
  },
  {
    reader: "parent",
    query: "le métier de comunity manager a-t-il de l'avenir",
    answers: ["/lecons/c-est-un-vrai-metier/", "/lecons/un-metier-qui-se-seniorise/"],
  },

  // A boss: why pay for it, who does what, what the law says.
  {
    reader: "dirigeant",
    query: "pourquoi payer quelqu'un pour poster sur facebook",
    answers: [
      "/lecons/pourquoi-ne-pas-poster-soi-meme/",
      "/lecons/quel-roi-pour-un-cm/",
      "/lecons/ce-que-le-metier-n-est-pas/",
    ],
  },
  {
    reader: "dirigeant",
    query: "définir le rôle de notre CM",
    answers: ["/fiches/role-du-cm/"],
  },
  {
    reader: "dirigeant",
    query: "qui fait quoi entre notre CM et le service client",
    answers: ["/fiches/role-du-cm/", "/lecons/le-service-client-en-ligne/"],
  },
  {
    reader: "dirigeant",
    query: "notre CM est malade depuis une semaine, la page ne répond plus",
    answers: [
      "/lecons/les-signes-d-une-page-sans-cm/",
      "/lecons/le-plan-de-releve/",
      "/fiches/plan-de-continuite/",
      "/simulations/bad-buzz-pendant-l-absence/",
    ],
  },
  {
    reader: "dirigeant",
    query: "un plan de continuité pour nos réseaux",
    answers: ["/fiches/plan-de-continuite/", "/lecons/le-plan-de-releve/"],
  },
  {
    reader: "dirigeant",
    query: "est-ce que ça vaut le coût d'embaucher un CM",
    answers: ["/lecons/quel-roi-pour-un-cm/", "/glossaire/#roi"],
  },
  {
    reader: "dirigeant",
    query: "quels chiffres demander à mon CM chaque mois",
    answers: ["/lecons/mesurer-la-valeur/", "/glossaire/#reporting", "/lecons/lire-les-statistiques-natives/"],
  },
  {
    reader: "dirigeant",
    query: "j’ai publié l’annonce moi-même et le CM l’avait déjà programmée",
    answers: ["/lecons/le-patron-qui-publie-seul/", "/simulations/le-double-post-du-patron/"],
  },
  {
    reader: "dirigeant",
    query: "un salarié quitte la boite, il avait les codes de la page",
    answers: ["/lecons/l-hygiene-des-acces/", "/lecons/meta-acces-et-moderation/", "/glossaire/#acces-nominatif"],
  },
  {
    reader: "dirigeant",
    query: "on partage tous le même mdp pour la page",
    answers: [
      "/lecons/l-hygiene-des-acces/",
      "/glossaire/#acces-nominatif",
      "/glossaire/#gestionnaire-de-mots-de-passe",
    ],
  },
  {
    reader: "dirigeant",
    query: "responsabilté des commentaires laissés sur notre page",
    answers: ["/lecons/commentaires-illicites-et-responsabilite/"],
  },
  {
    reader: "dirigeant",
    query: "Peut-on dire que notre emballage est écolo ?",
    answers: ["/lecons/allegations-vertes-et-contenus-ia/", "/glossaire/#allegation-environnementale"],
  },
  {
    reader: "dirigeant",
    query: "comparer nos prix à ceux d’un concurrent dans une pub",
    answers: ["/lecons/influence-publicite-et-denigrement/"],
  },
  {
    reader: "dirigeant",
    query: "un client a trouvé un défaut dangereux, faut-il rappeler le produit",
    answers: ["/lecons/rappel-de-produit/", "/glossaire/#rappelconso"],
  },
  {
    reader: "dirigeant",
    query: "confier nos réseaux à un alternant, bonne idée ?",
    answers: ["/lecons/un-metier-qui-se-seniorise/", "/lecons/ce-que-le-metier-n-est-pas/"],
  },
  {
    reader: "dirigeant",
    query: "mon CM doit-il me prévenir en cas de bad buzz ?",
    answers: ["/lecons/informer-sa-direction/", "/lecons/les-six-temps-d-une-crise/", "/glossaire/#escalade"],
  },
  {
    reader: "dirigeant",
    query: "qui relit les posts avant qu'ils partent",
    answers: ["/lecons/le-circuit-de-validation/", "/glossaire/#circuit-de-validation"],
  },
  {
    reader: "dirigeant",
    query: "faut il quitter twitter",
    answers: ["/lecons/x-et-choisir-ses-plateformes/"],
  },
  {
    reader: "dirigeant",
    query: "travailler avec une influenceuse de la région",
    answers: [
      "/lecons/ugc-et-createurs-partenaires/",
      "/lecons/influence-publicite-et-denigrement/",
      "/glossaire/#micro-influenceur",
    ],
  },
  {
    reader: "dirigeant",
    query: "acheter des avis 5 étoiles, c'est risqué ?",
    answers: ["/lecons/les-avis-google/", "/glossaire/#astroturfing"],
  },

  // A trainer preparing a session.
  {
    reader: "formateur",
    query: "mise en situation sur un troll pour mes stagiaires",
    answers: ["/simulations/le-troll-du-dimanche/", "/lecons/moderer-sans-censurer/"],
  },
  {
    reader: "formateur",
    query: "un cas pratique de crise à faire étudier en groupe",
    answers: ["/lecons/la-crise-du-pain-a-la-vis/", "/simulations/la-rumeur-du-rappel/", "/modules/crise/"],
  },
  {
    reader: "formateur",
    query: "jeu de rôle : un CM concurrent cherche le clash",
    answers: ["/simulations/clash-entre-cm/", "/lecons/quand-un-pro-vous-attaque/"],
  },
  {
    reader: "formateur",
    query: "exercice sur le droit à l'image d'une cliente",
    answers: [
      "/simulations/la-photo-empruntee/",
      "/lecons/droit-a-l-image-et-droit-d-auteur/",
      "/lecons/ugc-et-createurs-partenaires/",
    ],
  },
  {
    reader: "formateur",
    query: "scénario du patron qui publie sans prévenir",
    answers: ["/simulations/le-double-post-du-patron/", "/lecons/le-patron-qui-publie-seul/"],
  },
  {
    reader: "formateur",
    query: "apprendre aux étudiants à lire les stats Instagram",
    answers: ["/lecons/lire-les-statistiques-natives/", "/lecons/mesurer-la-valeur/"],
  },
  {
    reader: "formateur",
    query: "fiche à imprimer pour gérer une crise",
    answers: ["/lecons/les-six-temps-d-une-crise/"],
  },
  {
    reader: "formateur",
    query: "par où commencer le cadre juridique avec un groupe",
    answers: ["/modules/cadre-legal/"],
  },
  {
    reader: "formateur",
    query: "atelier accessibilité : sous-titrer et décrire les images",
    answers: ["/lecons/l-accessibilite-des-publications/"],
  },
  {
    reader: "formateur",
    query: "scénario avec des menaces et des insultes racistes à signaler",
    answers: ["/simulations/les-commentaires-de-la-nuit/", "/lecons/signaler-un-contenu-illicite/"],
  },
  {
    reader: "formateur",
    query: "faire rédiger une ligne éditoriale à mes stagiaires",
    answers: ["/lecons/ligne-et-charte-editoriales/", "/glossaire/#ligne-editoriale"],
  },
  {
    reader: "formateur",
    query: "expliquer les signaux faibles a des débutants",
    answers: ["/lecons/reperer-un-signal-faible/", "/glossaire/#signal-faible"],
  },
  {
    reader: "formateur",
    query: "quiz sur la modération des commentaires",
    answers: ["/lecons/moderer-sans-censurer/", "/simulations/le-troll-du-dimanche/"],
  },
  {
    reader: "formateur",
    query: "entraîner un groupe à prendre le relais quand le CM est absent",
    answers: [
      "/lecons/le-plan-de-releve/",
      "/simulations/bad-buzz-pendant-l-absence/",
      "/fiches/plan-de-continuite/",
      "/modules/continuite/",
    ],
  },
  {
    reader: "formateur",
    query: "présenter son job en une minute, atelier pour mes apprenants",
    answers: ["/lecons/le-pitch-d-une-minute/"],
  },
  {
    reader: "formateur",
    query: "sensibiliser mes stagiaires à l’épuisement",
    answers: ["/lecons/eviter-l-epuisement/", "/glossaire/#epuisement-professionnel"],
  },
  {
    reader: "formateur",
    query: "débrief après une crise sans chercher de coupable",
    answers: [
      "/lecons/la-crise-du-pain-a-la-vis/",
      "/glossaire/#retour-d-experience",
      "/lecons/les-six-temps-d-une-crise/",
    ],
  },
  {
    reader: "formateur",
    query: "liste des tâches du CM à cocher avec son responsable",
    answers: ["/fiches/role-du-cm/"],
  },
  {
    reader: "formateur",
    query: "simualtion : commentaires qui s'emballent sous une vidéo TikTok",
    answers: ["/simulations/la-vague-sous-la-video-tiktok/", "/lecons/tiktok-pour-une-marque/"],
  },
];
