from mtaudit.l10n import camel_identifiers, code_lines, explained_terms, path_names, constants, copied_code, glosses, quoted_literals, usage_words, \
    quoted_mentions, value_lists
from mtaudit.lang.technical import technical_spans


def spans(text):
    return [text[a:b] for a, b in technical_spans(text)]


def _texts_of(find):
    """got(source, target): the target's texts at the spans find(source, target) returns."""
    return lambda src, tgt: [tgt[a:b] for a, b in find(src, tgt)]


def test_options_paths_and_identifiers_are_technical():
    assert spans("utilisez --data-only dans /etc/apt.") == ["--data-only", "/etc/apt"]
    assert spans("  -a, --data-only   restaure") == ["-a", "--data-only"]
    assert spans("veuillez utiliser -depth à la place") == ["-depth"]
    assert spans("[--[no-]exec-counts[=nom]]") == ["--[no-]exec-counts[=nom]"]
    assert spans("--binary-files=without-match") == ["--binary-files=without-match"]
    assert spans("dans debian/source/options.conf si") == ["debian/source/options.conf"]
    assert spans("appels à Free_list::allocate : %u") == ["Free_list::allocate"]
    assert spans("la section .note.gnu.property, pr_datasz doit") == [".note.gnu.property", "pr_datasz"]
    # a capital inside a word is no technical token in running text: glued words ("handlesIncludes")
    assert spans("Poignées rembourrées handlesIncludes un sac") == []


def test_french_prose_has_no_technical_token():
    for text in ("Jean-Pierre a dit - oui - et/ou le km/h", "les 20-30 ans, le COVID-19, c'est-à-dire -5 degrés",
                 "Il a vu 3/4 des gens le 12/03/2024", "un _mot_ souligné", "en 2020-2021 aux États-Unis",
                 "la France -- et l'Europe -- hésitent"):
        assert spans(text) == [], text


def test_quoted_literals_need_the_source_to_quote_them_too():
    src, tgt = "LTYPE is 'old', 'new', or 'unchanged'.", "LTYPE vaut « old », « new » ou « unchanged »."
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["old", "new", "unchanged"]
    assert quoted_literals("It is awesome", "C'est « awesome »") == []  # not quoted in the source
    # several words are a mention only with a code character in them
    assert quoted_literals('He said "no comment" twice', "Il a dit « no comment » deux fois") == []
    # GNU's `code' quotes mark a mention, several words or one
    src, tgt = "A synonym for `declare'.  See `help declare'.", "Un synonyme de « déclare ».  Consultez « help declare »."
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["help declare"]
    src, tgt = "Type `help name' to find out more.", "Tapez « help nom » pour en savoir plus."
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["help"]
    assert quoted_literals("Type `help name' now.", "Tapez « aide nom » maintenant.") == []
    src, tgt = 'run "apt-get install perl" now', "lancez « apt-get install perl »."
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["apt-get install perl"]
    # Markdown's `code` quotes
    src, tgt = "commands (such as `write` or `wall`) work", "les commandes (telles que « write » ou « wall »)"
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["write", "wall"]
    tgt = "« write » or « wall »"
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["write", "wall"]  # not "or"


def test_dashes_and_word_lists_in_prose_are_not_options_or_paths():
    assert spans("--Lew, client fidèle") == []  # a signature
    assert spans("les -prismes et -Quand") == []
    assert spans("étanche/antibuée/antichoc et cliquer/spécifier/remplir") == []
    assert spans("voir lib/x86_64/libc.so.6") == ["lib/x86_64/libc.so.6"]


def test_a_word_the_source_quotes_is_a_literal_without_quotes_too():
    got = _texts_of(quoted_literals)
    assert got('Whether to display an "inconsistent" state', "Indique s'il faut afficher un état inconsistent") \
        == ["inconsistent"]
    # not a word the source does not quote, nor a longer word or a part of a compound
    assert quoted_literals("display an inconsistent state", "afficher un état inconsistent") == []
    assert quoted_literals('an "inconsistent" state', "un état inconsistent-ish, inconsistents") == []


def test_an_apostrophe_does_not_open_a_quoted_literal():
    src, tgt = "%s: more than one 'else'", "%s : plus d'un 'else'"
    assert [tgt[a:b] for a, b in quoted_literals(src, tgt)] == ["else"]


def test_the_translators_gloss_of_a_source_term_is_not_language():
    got = _texts_of(glosses)

    assert got("cannot create STM32L4XX veneer", "impossible de créer le trampoline (veneer) du STM32L4XX") == ["veneer"]
    assert got("%s: shadow passwords required", "%s : mots de passe cachés « shadow password » nécessaires") == \
        ["shadow password"]
    assert got("See the\nGNU General Public License for details.", "la licence publique générale GNU (GNU\n"
               "General Public License).") == ["GNU\nGeneral Public License"]
    # brackets or quotes the source has already: kept from the source, not added by the translator
    assert got("Use the (fallback) mode", "Utilisez le mode (fallback)") == []
    assert got("Use the fallback mode", "Utilisez le mode fallback") == []  # no bracket: not a gloss
    assert got("Use the mode", "Utilisez le mode (voir plus bas)") == []  # not the source's words
    # the source's words hyphenated, or singular where the gloss has the plural
    assert got("large-object output not supported", "la sauvegarde des « Large Objects » n'est pas supportée") == \
        ["Large Objects"]
    assert got("error reading large object %u", "erreur de lecture du « Large Object » %u") == ["Large Object"]
    # a term the source quotes, glossed in brackets (the source's quotes are not the target's brackets)
    assert got("The 'cut line' was followed by: %s", "La ligne de démarcation (cut line) était suivie par : %s") == \
        ["cut line"]
    # plain single quotes after a space, and GNU's `quotes'
    assert got("do not create sparse files", "ne pas créer de 'sparse file' lors de la décompression") == ["sparse file"]
    assert got("%s: File has the sticky bit set", "%s : Le fichier possède le bit `sticky' : ignoré") == ["sticky"]
    assert got("the option is set", "l'option 'x' est active") == []  # an elision opens no quote
    # quotes inside the translator's brackets
    assert got("the features of the specified area.", "les fonctionnalités de la zone (« area ») indiquée.") == \
        ["« area »"]


def test_a_source_term_the_translator_explains_in_brackets_is_not_language():
    got = _texts_of(explained_terms)

    assert got("[={ascending,descending}]", "[={ascending (croissant),descending (décroissant)}]") == \
        ["ascending", "descending"]
    assert got("Values are: 'none': no tracking; 'centered': the image", "Valeurs : « none »(aucun) : aucun suivi ; "
               "« centered » (centré) : l'image") == ["none", "centered"]
    # the source's own bracket, a bracket copied from the source, or a word the source lacks
    assert got("sort order: descending (default)", "ordre : descending (par défaut)") == []
    assert got("use the descending order (slow)", "utiliser l'ordre descending (slow)") == []
    assert got("use the reverse order", "utiliser l'ordre descending (décroissant)") == []


def test_the_file_a_source_path_names_is_not_language():
    src = "  -R, --rules-file=<rules>    rules file to execute (default: debian/rules)."
    tgt = "  -R, --rules-file=<rules>    fichier rules à exécuter (par défaut : debian/rules)."
    got = path_names(src, tgt)
    assert (tgt.index("rules à"), tgt.index("rules à") + 5) in got and {tgt[a:b] for a, b in got} == {"rules"}
    # no path in the source, or a word that is not the path's last part
    assert path_names("rules file to execute", "fichier rules à exécuter") == []
    assert path_names("see debian/rules", "voir le fichier debian") == []


def test_a_copied_command_or_statement_line_is_not_language():
    src = "For example:\n  pg_upgrade -d oldCluster/data -D newCluster/data\nor\n    ALTER TABLE ... SET WITHOUT OIDS;\n"
    tgt = "Par exemple :\n  pg_upgrade -d oldCluster/data -D newCluster/data\nou\n    ALTER TABLE ... SET WITHOUT OIDS;\n"
    assert [tgt[a:b] for a, b in code_lines(src, tgt)] == ["pg_upgrade -d oldCluster/data -D newCluster/data",
                                                           "ALTER TABLE ... SET WITHOUT OIDS;"]
    # an English sentence copied whole is language (MTA401 reports it), whatever one code word in it
    assert code_lines("See the file(s) for details.\nOK", "See the file(s) for details.\nD'accord") == []



def test_a_copied_line_of_keywords_is_not_language():
    src = "valid hooks are:\n    init preclean source build binary buildinfo\n    changes postclean check sign done\n"
    tgt = "points d'ancrage valables :\n    init preclean source build binary buildinfo\n    changes postclean check sign done\n"
    assert [tgt[a:b] for a, b in code_lines(src, tgt)] == ["init preclean source build binary buildinfo",
                                                           "changes postclean check sign done"]
    # names with their letters, between list separators
    src = "STRING indicates which preprocessors to run:\ng - grap, r - refer, v - vgrind"
    tgt = "CHAÎNE indique les préprocesseurs à utiliser :\ng - grap, r - refer, v - vgrind"
    assert [tgt[a:b] for a, b in code_lines(src, tgt)] == ["g - grap, r - refer, v - vgrind"]
    # English prose copied line for line is language: a function word, or only common English words
    for line in ("file was not found here", "invalid argument given", "read, write - execute, delete"):
        assert code_lines(f"Error:\n{line}\n", f"Erreur :\n{line}\n") == []


def test_the_first_column_of_a_help_line_the_source_has_is_not_language():
    src = "values are:\n  none, off       never make backups\n  nil, existing   numbered if numbered backups exist\n"
    tgt = "valeurs :\n  none, off       Ne jamais faire de sauvegarde.\n  nil, existing   Numérotées si elles existent.\n"
    assert [tgt[a:b] for a, b in code_lines(src, tgt)] == ["none, off", "nil, existing"]
    # the metavariables translated (accents and all)
    src, tgt = "  length STRING              length of STRING\n", "  length CHAÎNE              longueur de CHAÎNE\n"
    assert [tgt[a:b] for a, b in code_lines(src, tgt)] == ["length CHAÎNE"]
    assert code_lines(src, "  longueur CHAÎNE            longueur de CHAÎNE\n") == []
    # a column the source does not have, or a line that is not indented, is language
    assert code_lines(src, "  aucun, non      Ne jamais faire de sauvegarde.\nnone, off   jamais\n") == []


def test_a_manual_page_reference_is_technical():
    assert spans("Voir la page de manuel d'apt-secure(8) et printf(3p).") == ["apt-secure(8)", "printf(3p)"]
    assert spans("le(s) fichier(s) et l'article 3(1)") == []
    assert spans("Voir Locale::Po4a::Xml(3pm) et po4a(7).") == ["Locale::Po4a::Xml(3pm)", "po4a(7)"]
    assert spans("la Directive(1) et Paris::(2)") == []  # a capitalised word alone is no module


def test_keywords_of_a_usage_line_the_source_has_are_not_language():
    got = _texts_of(usage_words)

    assert got("select NAME [in WORDS ... ;] do COMMANDS; done", "select NOM [in MOTS ... ;] do COMMANDES; done") == \
        ["select", "in", "do", "done"]
    assert got("commands [num] - starts a list of commands", "commands [no] - débute une liste de commandes") == \
        ["commands"]
    assert "reject" in got("  route add {-host|-net} Target [metric M] reject", "  route add {-host|-net} Cible [metric M] reject")
    # after a label, the syntax is read (the label itself is language)
    assert got("Usage: nmcli connection import { ARGUMENTS | help }",
               "Syntaxe : nmcli connection import { ARGUMENTS | help }") == ["nmcli", "connection", "import", "ARGUMENTS", "help"]
    assert got("Usage: tar [OPTION...] [FILE]...", "Usage: tar [OPTION...] [FILE]...") == ["tar", "OPTION", "FILE"]
    # after a usage label, one bracket is syntax enough, and optparse's %prog is the command's name
    assert got("Usage: %prog [options] path query", "Utilisation\u00a0: %prog [options] path query") == \
        ["prog", "options", "path", "query"]
    # another label, or no label: a third of the tokens must be syntax
    assert got("Error: copy [x] of file", "Erreur : copy [x] of file") == []
    assert got("copy [x] of file", "copy [x] of file") == []
    # prose, or a line for another command: language
    assert got("Resume for, while, or until loops.", "Reprend les boucles for, while ou until.") == []
    assert got("select NAME [in WORDS ... ;] do COMMANDS; done", "choisir NOM [dans MOTS] do COMMANDES; done") == []


def test_upper_case_constants_the_source_has_are_not_language():
    got = _texts_of(constants)

    assert got("Buffering, setting pipeline to PAUSED ...", "Remplissage du tampon, définition du pipeline à PAUSED…") \
        == ["PAUSED"]
    assert got("an ACCESS EXCLUSIVE lock after the initial ACCESS SHARE lock",
               "un verrou ACCESS EXCLUSIVE après son verrou ACCESS SHARE initial") == ["ACCESS EXCLUSIVE", "ACCESS SHARE"]
    # at the start of its line (a heading word), or not in the source: language
    assert got("WARNING: the disk is full", "WARNING : le disque est plein") == []
    assert got("use the delete command", "utilisez la commande DELETE") == []


def test_camel_case_identifiers_the_source_has_are_not_language():
    got = _texts_of(camel_identifiers)

    assert got("could not get authorityInfoAccess: %s", "impossible d'obtenir authorityInfoAccess : %s") == \
        ["authorityInfoAccess"]
    assert got("unexpected asyncStatus: %d", "asyncStatus inattendu : %d") == ["asyncStatus"]
    # the source's possessive of the identifier
    assert got("Latest checkpoint's oldestMulti's DB: %u", "Dernier oldestMulti du point de contrôle : %u") == \
        ["oldestMulti"]
    assert got("the fooBar'x value", "la valeur fooBar") == []  # an apostrophe that is no possessive
    # not in the source, or a brand written with one lower-case letter first: language
    assert got("Padded handles. Includes a bag", "Poignées rembourrées handlesIncludes un sac") == []
    assert got("my iPhone", "mon iPhone") == []


def test_code_the_source_has_is_not_language():
    got = _texts_of(copied_code)

    assert got("rules file to execute (default is debian/rules).",
               "fichier rules à exécuter (par défaut : debian/rules).") == ["debian/rules"]
    assert got("use provided string as psql \\restrict key", "clé pour \\restrict de psql") == ["\\restrict"]
    assert got("inplace::end: rename(`%s', `%s') failed", "inplace::end : échec de rename('%s', '%s')") == ["rename("]
    assert got("`length(array)' is a gawk extension", "« length(tableau) » est une extension gawk") == ["length"]
    assert got("@include is a gawk extension", "@include est une extension gawk") == ["@include"]
    # French's own slash, a path or a call the source does not have: language
    assert got("and/or the file", "et/ou le fichier") == []
    assert got("see debian/control", "voir debian/rules") == []
    assert got("call length(x)", "appel de size(x)") == []
    # alternatives between bars, and a name of the source the translator wrote as a call
    assert got("info topic - source|sources|functions|break", "info sujet - source|sources|functions|break") \
        == ["source|sources|functions|break"]
    assert got("%s: write: %s", "%s : write() : %s") == ["write"]
    assert got("%s: write: %s", "%s : écrire() : %s") == [] and got("a|b", "x|y") == []
    # the lower-case name that opens the message before its colon, as the source opens it
    assert got("and: called with less than two arguments", "and\u00a0: appelé avec moins de 2 arguments") == ["and"]
    assert got("enable: invalid option", "enable : option incorrecte") == ["enable"]
    assert got("Warning: disk full", "Warning : disque plein") == []  # a capital: a word, not a name
    # the names an indented help text lists before their colons, two or more of them
    help_en = "window commands:\n         left: jump to the left window\n        right: jump to the right window"
    help_fr = "commandes :\n         left\u00a0: sauter à la fenêtre à gauche\n        right : sauter à droite"
    assert got(help_en, help_fr) == ["left", "right"]
    assert got("Disk:\n   warning: disk full", "Disque :\n   warning : disque plein") == []  # one name: no list
    assert got("and: called", "et : appelé") == [] and got("Note: see", "note : voir") == []
    # a plus between words, a directive opening with a dot, a setting with spaces around "="
    assert got("It contains a lost+found directory", "Il contient un répertoire lost+found, peut-être") == ["lost+found"]
    assert got(".begin literal is deprecated; use .literal instead", "le littéral .begin est déprécié ; utilisez plutôt "
               ".literal") == [".begin", ".literal"]
    assert "core.fsyncMethod = batch" in got("core.fsyncMethod = batch is unsupported", "core.fsyncMethod = batch non géré")
    assert got("see lost+found", "voir perdu+trouvé") == [] and got("x = y", "a = b") == []
    assert got("Cannot read vendors.list file", "Impossible de lire le fichier vendors.list") == ["vendors.list"]
    assert got("#else after #else", "#else après #else") == ["#else", "#else"]
    assert got("Cannot read the vendors list", "Impossible de lire vendors.list") == []
    assert got('The key "%key:1" is not %accepted:2 and is thus invalid.', "La clef est différente de %accepted:2.") \
        == ["%accepted:2"]


def test_lists_of_values_the_source_enumerates_are_not_language():
    got = _texts_of(value_lists)

    assert got("specify the build <type>: full, source, binary,\n    any, all (default is 'full').",
               "spécifie le <type> : full (par défaut), source,\n    binary, any, all.") \
        == ["source,\n    binary, any, all"]
    assert got("valid names are main, fsm, vm, init", "les noms valides sont main, fsm, vm, init") \
        == ["main, fsm, vm, init"]
    assert got("[sysv,gnu,both]", "[sysv,gnu,both(sysv+gnu)]") == ["sysv,gnu,both"]
    assert got("Exit for, while, or until loops.", "Sort des boucles for, while, ou until.") == ["for, while, ou"]
    assert got("one of red, green and blue", "un de red, green et blue") == ["red, green"]
    # « etc. » closing the list is no item the source must have (set 50: Plone's image scales)
    assert got("to override (e.g. icon, tile, thumb, mini, preview, ... ).",
               "pour outrepasser (p. ex. icon, tile, thumb, mini, preview, etc.).") == ["icon, tile, thumb, mini, preview, etc"]
    # a list of two in the source, or items the source does not list: language
    assert got("red, green", "red, green") == []
    assert got("apples, pears, plums", "apples, pears, prunes") == []


def test_a_metavariable_with_an_elided_french_word_is_not_markup_nor_language():
    from mtaudit.l10n import metavariables

    text = "Syntaxe : %s <rep-de-binaires> <fichier-d'override> [<nom-d’utilisateur>]"
    assert [i.text for i in metavariables(text)] == \
        ["<rep-de-binaires>", "<fichier-d'override>", "<nom-d’utilisateur>"]
    assert [i.text for i in metavariables("l'<b>option</b> d'un <i>fichier</i>")] == []


def test_the_source_words_a_target_quotes_are_a_mention():
    got = _texts_of(quoted_mentions)
    assert got("One of install, remove, upgrade or list is required.",
               "L'une des actions suivantes est requise : « install », « remove », « upgrade » ou « list ».") \
        == ["install", "remove", "upgrade", "list"]
    # compared by letters and digits, whole source words
    assert got("The packageroot and global options conflict", "Les options de « package-root » sont en conflit") \
        == ["package-root"]
    assert got("'Priority required' packages", "Les paquets avec « Priority: required »") == ["Priority: required"]
    assert got("syntax conceal off", '"syntax conceal" désactivée') == ["syntax conceal"]
    assert got("The packageroot option", "L'option « package » ") == []  # part of a source word
    # words the sentence uses, after a copula, a verb of saying or a degree word: English left in the French
    assert got("It is awesome", "C'est « awesome »") == []
    assert got('He said "no comment" twice', "Il a dit « no comment » deux fois") == []
    assert got("a very cool tool", "un outil très « cool »") == []
    # not words the source does not have, nor more than four words
    assert got("Open the file", "Ouvrir le « fichier »") == []
    assert got("Menus have icons in all the windows", "« Menus have icons in all » partout") == []
    # an apostrophe opens no quotation
    assert got("Complete Abbreviation", "Compléter l'abbreviation") == []


def test_an_option_value_and_a_colon_command_the_source_has_are_code():
    got = _texts_of(copied_code)
    assert "grayscale" in got("Example: cli export -f grayscale -o x.jpg", "Exemple : cli export -f grayscale -o x.jpg")
    assert got("use -f grayscale", "utilisez -f niveaux") == []  # the value translated: not the source's
    assert got("a well-known tool", "un outil bien-connu") == []
    assert got("E1032: Missing :catch or :finally", "E1032: :catch ou :finally manquant") == [":catch", ":finally"]
    assert got("Error: file", "Erreur :fichier") == []  # a colon before a word of the target's own


def test_the_names_an_indented_help_list_defines_before_a_dash_are_code():
    got = _texts_of(copied_code)
    src = "Commands:\n\n  update - refresh internal information\n  unpack - unpacks the tarballs\n  get - download it\n"
    tgt = "Commandes :\n\n update        met à jour les informations\n unpack        dépaquette les archives\n get  télécharge\n"
    assert got(src, tgt) == ["update", "unpack", "get"]
    # English prose on an indented line is no name the list defines
    assert got(src, "Commandes :\n  Please update - now\n") == []


def test_template_expressions_are_code_but_their_messages_are_language():
    text = ("<em>${object.name or ''}</em> dans ${ctx.get('dbname')}\n"
            "${ctx.get('job_exception') and ctx.get('job_exception').value or \"Impossible d'obtenir le message.\"}")
    got = spans(text)
    assert got[:2] == ["${object.name or ''}", "${ctx.get('dbname')}"]
    # the message inside the expression stays language; the code around it does not
    assert got[2].startswith("${ctx.get('job_exception') and") and got[2].endswith('"')
    assert got[3] == '"}'
    assert "Impossible d'obtenir le message." not in "".join(got)
    assert spans("{% if user and user.is_staff %}Bonjour{% endif %}") == ["{% if user and user.is_staff %}",
                                                                        "{% endif %}"]
    assert spans("{{ _(\"Hello there\") }} et {{x}}") == ['{{ _("', '") }}', "{{x}}"]
    # a brace never closed, or closed only after a blank line, is text
    assert spans("prix ${ and more") == []
    assert spans("prix ${ and\n\nmore }") == []
    # a path inside an expression is part of its code, once
    assert spans("voir ${open('/etc/apt/sources.list')} et /etc/apt") == ["${open('/etc/apt/sources.list')}", "/etc/apt"]


def test_mako_control_lines_are_code_and_a_percent_in_a_sentence_is_not():
    text = ("<p>Merci,</p>\n% if object.user_id and object.user_id.signature :\n    ${object.user_id.signature | safe}\n"
            "  % endif\nIl reste 50 % if you want")
    assert spans(text) == ["% if object.user_id and object.user_id.signature :", "${object.user_id.signature | safe}",
                           "  % endif"]
    # an expression on a control line is the line's code, once
    assert spans("% for line in ${object.lines}:\nFin") == ["% for line in ${object.lines}:"]


def test_dotted_module_names_are_technical_abbreviations_and_versions_are_not():
    assert spans("configurer le module collective.googlenews") == ["collective.googlenews"]
    assert spans("l'option suhosin.get.max_value_length à 2048") == ["suhosin.get.max_value_length"]
    assert spans("les modèles sale.order_line et res.partner.title.") == ["sale.order_line", "res.partner.title"]
    # two words glued by a missing space are language (machine translation's English left: « workout.built »)
    for text in ("p.ex. le mot", "version 2.10.3", "Il est parti. Elle aussi", "c.-à-d. ceci", "M.Dupont",
                 "tout au long de votre workout.built avec", "pour viewing.IT sous-marin", "parti.elle"):
        assert spans(text) == [], text


def test_tex_commands_are_technical_with_their_arguments():
    assert spans(r"\begin{split}RIR\end{split}") == [r"\begin{split}", r"\end{split}"]
    assert spans(r"titre : \subsection*{Titre}[a] puis mot\footnote{note}") == [r"\subsection*{Titre}[a]",
                                                                               r"\footnote{note}"]
    assert spans(r"une barre \ seule, \\ et 3\4") == []


def test_an_editors_command_quoted_after_its_colon_is_technical_and_a_colon_in_prose_is_not():
    assert spans('La commande ":cn" saute à l\'erreur suivante. Voir ":help quickfix".') == [":cn", ":help quickfix"]
    assert spans("Voir «\u00a0:help 'readonly'\u00a0» et \":set noro\".") == [":help 'readonly'", ":set noro"]
    # a colon after a word, a time, a quotation then its colon, a colon after a space: prose
    for text in ("Il a dit : bonjour", "à 10:30 précises", "« Oui » :non", "le mot \"a:b\"", "« : » seul"):
        assert spans(text) == [], text


def test_a_setting_and_a_path_from_home_or_a_variable_are_technical_and_prose_is_not():
    assert spans("utilisez « method=stdout » ou le champ needs=\"X11\"") == ["method=stdout", 'needs="X11"']
    assert spans("WINEDEBUG=warn+all") == ["WINEDEBUG=warn+all"]
    assert spans("dans $PREFIX/share ou ~/.menu-methods.") == ["$PREFIX/share", "~/.menu-methods"]
    # an equation written with spaces, a number before « = », a price per month, a tilde alone: prose
    for text in ("si a = b alors", "la valeur 3=trois", "coût $5/mois", "le ~ seul", "un = seul"):
        assert spans(text) == [], text
