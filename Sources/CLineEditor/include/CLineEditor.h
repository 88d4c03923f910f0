#ifndef PGCOACH_CLINEEDITOR_H
#define PGCOACH_CLINEEDITOR_H

/* ---- Line editing (libedit's native API, wrapped because it is variadic) ---- */
typedef struct pgcoach_editor pgcoach_editor;
/* Completion callback: gets the line up to the cursor; sets *word_len to the length of the word
 * being completed; returns malloc'd newline-separated candidates (full words) or NULL. */
typedef char *(*pgcoach_complete_fn)(void *context, const char *before_cursor, int *word_len);
pgcoach_editor *pgcoach_editor_create(const char *program, int history_size);
void pgcoach_editor_destroy(pgcoach_editor *ed);
void pgcoach_editor_set_prompt(pgcoach_editor *ed, const char *prompt);
void pgcoach_editor_set_completer(pgcoach_editor *ed, pgcoach_complete_fn fn, void *context);
/* el_gets: NULL with *count == 0 at EOF, -1 on error/EINTR; else the line with its newline. */
const char *pgcoach_editor_gets(pgcoach_editor *ed, int *count);
void pgcoach_editor_reset(pgcoach_editor *ed);
/* 1 (once) when the last line ended because ^C was read as a key rather than as a signal. */
int pgcoach_editor_take_key_interrupt(pgcoach_editor *ed);
int pgcoach_editor_history_add(pgcoach_editor *ed, const char *line);
int pgcoach_editor_history_load(pgcoach_editor *ed, const char *path);
int pgcoach_editor_history_save(pgcoach_editor *ed, const char *path);
/* Every history entry, oldest first, one per line (psql's \s); malloc'd, free it. */
char *pgcoach_editor_history_text(pgcoach_editor *ed);

#endif
