/** Fictional people and places: any resemblance to real persons would be accidental. */
export const demoPeople: ReadonlyArray<{
  civility: 'Mme' | 'M.';
  firstName: string;
  lastName: string;
  city: string;
  postalCode: string;
  origin: string;
  employer: string | null;
}> = [
  { civility: 'Mme', firstName: 'Hélène', lastName: 'Dubois-Martin', city: 'Rennes', postalCode: '35000', origin: 'Association des diabétiques d’Ille-et-Vilaine', employer: 'Crédit Mutuel de Bretagne' },
  { civility: 'M.', firstName: 'Jean-Pierre', lastName: 'Le Goff', city: 'Saint-Malo', postalCode: '35400', origin: 'UFC-Que Choisir Saint-Malo', employer: null },
  { civility: 'Mme', firstName: 'Maëlle', lastName: 'Guérin', city: 'Vitré', postalCode: '35500', origin: 'France Alzheimer 35', employer: 'Lycée Bertrand d’Argentré' },
  { civility: 'M.', firstName: 'François', lastName: 'D’Argenson', city: 'Fougères', postalCode: '35300', origin: 'APF France handicap', employer: null },
  { civility: 'Mme', firstName: 'Chantal', lastName: 'Lemoine', city: 'Redon', postalCode: '35600', origin: 'Ligue contre le cancer', employer: null },
  { civility: 'M.', firstName: 'Yannick', lastName: 'Tanguy', city: 'Rennes', postalCode: '35700', origin: 'AIDES', employer: 'Keolis Rennes' },
  { civility: 'Mme', firstName: 'Sophie', lastName: 'Perrin', city: 'Cesson-Sévigné', postalCode: '35510', origin: 'Familles rurales', employer: 'Orange' },
  { civility: 'M.', firstName: 'Bernard', lastName: 'Hamon', city: 'Dinard', postalCode: '35800', origin: 'UNAFAM 35', employer: null },
  { civility: 'Mme', firstName: 'Nathalie', lastName: 'Rouxel', city: 'Bruz', postalCode: '35170', origin: 'Association des paralysés de Bretagne', employer: 'Mairie de Bruz' },
  { civility: 'M.', firstName: 'Éric', lastName: 'Lebreton', city: 'Combourg', postalCode: '35270', origin: 'France Rein Bretagne', employer: null },
  { civility: 'Mme', firstName: 'Anne-Sophie', lastName: 'Kerjean', city: 'Montfort-sur-Meu', postalCode: '35160', origin: 'Vivre avec une stomie', employer: 'Lactalis' },
  { civility: 'M.', firstName: 'Gérard', lastName: 'Morvan', city: 'Janzé', postalCode: '35150', origin: 'CLCV Ille-et-Vilaine', employer: null },
  { civility: 'Mme', firstName: 'Josiane', lastName: 'Le Bihan', city: 'Liffré', postalCode: '35340', origin: 'Génération Mouvement', employer: null },
  { civility: 'M.', firstName: 'Thierry', lastName: 'Cadiou', city: 'Betton', postalCode: '35830', origin: 'Association François Aupetit', employer: 'SNCF Voyageurs' },
  { civility: 'Mme', firstName: 'Isabelle', lastName: 'Normand', city: 'Guichen', postalCode: '35580', origin: 'France Parkinson', employer: null },
  { civility: 'M.', firstName: 'Patrick', lastName: 'Riou', city: 'Châteaugiron', postalCode: '35410', origin: 'UDAF 35', employer: null },
  { civility: 'Mme', firstName: 'Véronique', lastName: 'Chauvel', city: 'Saint-Grégoire', postalCode: '35760', origin: 'Ligue contre le cancer', employer: 'CHU de Rennes' },
  { civility: 'M.', firstName: 'Olivier', lastName: 'Béchu', city: 'Pacé', postalCode: '35740', origin: 'AFD 35', employer: 'Stellantis La Janais' },
  { civility: 'Mme', firstName: 'Martine', lastName: 'Gicquel', city: 'Vern-sur-Seiche', postalCode: '35770', origin: 'France Alzheimer 35', employer: null },
  { civility: 'M.', firstName: 'Loïc', lastName: 'Le Floch', city: 'Rennes', postalCode: '35200', origin: 'APF France handicap', employer: null },
  { civility: 'Mme', firstName: 'Brigitte', lastName: 'Chevalier', city: 'Châteaubourg', postalCode: '35220', origin: 'UFC-Que Choisir Rennes', employer: null },
  { civility: 'M.', firstName: 'Alain', lastName: 'Guillou', city: 'Bain-de-Bretagne', postalCode: '35470', origin: 'Familles de France', employer: null },
  { civility: 'Mme', firstName: 'Laëtitia', lastName: 'Marchand', city: 'Mordelles', postalCode: '35310', origin: 'Association Huntington France', employer: 'Harmonie Mutuelle' },
  { civility: 'M.', firstName: 'Christophe', lastName: 'Nicol', city: 'Saint-Aubin-du-Cormier', postalCode: '35140', origin: 'AIDES', employer: 'La Poste' },
  { civility: 'Mme', firstName: 'Françoise', lastName: 'Le Roux', city: 'Dol-de-Bretagne', postalCode: '35120', origin: 'UNAFAM 35', employer: null },
  { civility: 'M.', firstName: 'Hervé', lastName: 'Pichon', city: 'Melesse', postalCode: '35520', origin: 'France Rein Bretagne', employer: null },
  { civility: 'Mme', firstName: 'Céline', lastName: 'Oger', city: 'Noyal-Châtillon-sur-Seiche', postalCode: '35230', origin: 'Alliance maladies rares', employer: 'Ouest-France' },
  { civility: 'M.', firstName: 'Jacques', lastName: 'Pelé', city: 'La Guerche-de-Bretagne', postalCode: '35130', origin: 'Génération Mouvement', employer: null },
  { civility: 'Mme', firstName: 'Monique', lastName: 'Ollivier', city: 'Saint-Méen-le-Grand', postalCode: '35290', origin: 'Ligue contre le cancer', employer: null },
  { civility: 'M.', firstName: 'Noël', lastName: 'Quéré', city: 'Cancale', postalCode: '35260', origin: 'Association des insuffisants respiratoires', employer: null },
];
