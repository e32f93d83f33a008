export interface LoadOptions {
  /** the built-in dictionaries folder (dictionaries/ in the package) */
  builtinDir: string;
  /** a folder of PETRARCH/TABARI dictionaries (*.actors.txt, *.agents.txt, *.verbs.txt, *.discards.txt) that
   *  replaces the built-in actor, agent and verb dictionaries (--dictionaries) */
  petrarchDir: string | null;
}
