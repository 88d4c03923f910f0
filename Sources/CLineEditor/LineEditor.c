/* Non-variadic wrappers around libedit's native API (histedit.h): Swift cannot call el_set,
 * el_get or history() because they are variadic. One editor per process is enough for a REPL. */
#include "CLineEditor.h"

#include <histedit.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pgcoach_editor {
    int interrupted_by_key;
    EditLine *el;
    History *hist;
    HistEvent ev;
    char *prompt;
    pgcoach_complete_fn complete;
    void *complete_context;
};

/* Empties libedit's line buffer (what Ctrl-C does to a half-typed line). */
static void clear_line(EditLine *el)
{
    const LineInfo *li = el_line(el);
    int after = (int)(li->lastchar - li->cursor);
    if (after > 0)
        el_cursor(el, after);
    li = el_line(el);
    int all = (int)(li->cursor - li->buffer);
    if (all > 0)
        el_deletestr(el, all);
}

static char *prompt_callback(EditLine *el)
{
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    struct pgcoach_editor *ed = data;
    return (ed && ed->prompt) ? ed->prompt : "";
}

/* Tab: ask Swift for candidates for the word before the cursor, insert the common part, or list
 * the choices when there is nothing more to insert. */
static unsigned char complete_callback(EditLine *el, int ch)
{
    (void) ch;
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    struct pgcoach_editor *ed = data;
    if (!ed || !ed->complete)
        return CC_ERROR;
    const LineInfo *li = el_line(el);
    size_t before_len = (size_t)(li->cursor - li->buffer);
    char *before = malloc(before_len + 1);
    if (!before)
        return CC_ERROR;
    memcpy(before, li->buffer, before_len);
    before[before_len] = '\0';
    int word_len = 0;
    char *candidates = ed->complete(ed->complete_context, before, &word_len);
    free(before);
    if (!candidates)
        return CC_ERROR;
    /* candidates: newline-separated full words; first compute their common prefix. */
    size_t count = 0, common = 0;
    const char *first = candidates;
    for (const char *p = candidates; *p; ) {
        const char *end = strchr(p, '\n');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (count == 0) {
            common = len;
        } else {
            size_t i = 0;
            while (i < common && i < len && first[i] == p[i])
                i++;
            common = i;
        }
        count++;
        p += len + (end ? 1 : 0);
    }
    unsigned char result = CC_REFRESH;
    if (count == 0) {
        result = CC_ERROR;
    } else if ((int) common > word_len) {
        char *insert = strndup(first + word_len, common - (size_t) word_len);
        if (insert) {
            el_insertstr(el, insert);
            free(insert);
        }
        if (count == 1)
            el_insertstr(el, " ");
    } else if (count == 1) {
        el_insertstr(el, " ");
    } else {
        fputc('\n', stdout);
        size_t column = 0;
        for (const char *p = candidates; *p; ) {
            const char *end = strchr(p, '\n');
            size_t len = end ? (size_t)(end - p) : strlen(p);
            if (column > 0 && column + len + 2 > 78) {
                fputc('\n', stdout);
                column = 0;
            }
            fwrite(p, 1, len, stdout);
            fputs("  ", stdout);
            column += len + 2;
            p += len + (end ? 1 : 0);
        }
        fputc('\n', stdout);
        fflush(stdout);
        result = CC_REDISPLAY;
    }
    free(candidates);
    return result;
}

/* ^C read as a key (when it arrives while libedit has the terminal out of signal mode): do
 * what the SIGINT path does — drop the line — and end this read. */
static unsigned char interrupt_callback(EditLine *el, int ch)
{
    (void) ch;
    void *data = NULL;
    el_get(el, EL_CLIENTDATA, &data);
    struct pgcoach_editor *ed = data;
    clear_line(el);
    if (ed)
        ed->interrupted_by_key = 1;
    return CC_NEWLINE;
}

int pgcoach_editor_take_key_interrupt(pgcoach_editor *ed)
{
    int was = ed->interrupted_by_key;
    ed->interrupted_by_key = 0;
    return was;
}

pgcoach_editor *pgcoach_editor_create(const char *program, int history_size)
{
    struct pgcoach_editor *ed = calloc(1, sizeof(*ed));
    if (!ed)
        return NULL;
    ed->el = el_init(program, stdin, stdout, stderr);
    ed->hist = history_init();
    if (!ed->el || !ed->hist) {
        pgcoach_editor_destroy(ed);
        return NULL;
    }
    history(ed->hist, &ed->ev, H_SETSIZE, history_size);
    history(ed->hist, &ed->ev, H_SETUNIQUE, 1);
    el_set(ed->el, EL_CLIENTDATA, ed);
    el_set(ed->el, EL_EDITOR, "emacs");
    /* EL_SIGNAL would re-raise signals to the whole process group; our own handler is enough. */
    el_set(ed->el, EL_SIGNAL, 0);
    el_set(ed->el, EL_PROMPT, prompt_callback);
    el_set(ed->el, EL_HIST, history, ed->hist);
    el_set(ed->el, EL_ADDFN, "pgcoach-complete", "Complete a name", complete_callback);
    el_set(ed->el, EL_BIND, "^I", "pgcoach-complete", NULL);
    el_set(ed->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_set(ed->el, EL_ADDFN, "pgcoach-interrupt", "Discard the line", interrupt_callback);
    el_set(ed->el, EL_BIND, "^C", "pgcoach-interrupt", NULL);
    /* Read ~/.editrc like other libedit programs. */
    el_source(ed->el, NULL);
    return ed;
}

void pgcoach_editor_destroy(pgcoach_editor *ed)
{
    if (!ed)
        return;
    if (ed->el)
        el_end(ed->el);
    if (ed->hist)
        history_end(ed->hist);
    free(ed->prompt);
    free(ed);
}

void pgcoach_editor_set_prompt(pgcoach_editor *ed, const char *prompt)
{
    char *copy = strdup(prompt ? prompt : "");
    if (!copy)
        return;
    free(ed->prompt);
    ed->prompt = copy;
}

void pgcoach_editor_set_completer(pgcoach_editor *ed, pgcoach_complete_fn fn, void *context)
{
    ed->complete = fn;
    ed->complete_context = context;
}

const char *pgcoach_editor_gets(pgcoach_editor *ed, int *count)
{
    return el_gets(ed->el, count);
}

void pgcoach_editor_reset(pgcoach_editor *ed)
{
    /* After Ctrl-C the half-typed line must go, as in psql. */
    clear_line(ed->el);
    el_reset(ed->el);
}

int pgcoach_editor_history_add(pgcoach_editor *ed, const char *line)
{
    return history(ed->hist, &ed->ev, H_ENTER, line);
}

int pgcoach_editor_history_load(pgcoach_editor *ed, const char *path)
{
    return history(ed->hist, &ed->ev, H_LOAD, path);
}

int pgcoach_editor_history_save(pgcoach_editor *ed, const char *path)
{
    return history(ed->hist, &ed->ev, H_SAVE, path);
}

char *pgcoach_editor_history_text(pgcoach_editor *ed)
{
    /* libedit keeps the newest entry first: start at the oldest (H_LAST) and step towards
     * the newer ones (H_PREV), as psql's \s lists them. */
    HistEvent ev;
    size_t length = 0, capacity = 256;
    char *text = malloc(capacity);
    if (text == NULL)
        return NULL;
    text[0] = '\0';
    if (history(ed->hist, &ev, H_LAST) == -1)
        return text;
    do {
        size_t entry = strlen(ev.str);
        if (length + entry + 2 > capacity) {
            while (length + entry + 2 > capacity)
                capacity *= 2;
            char *grown = realloc(text, capacity);
            if (grown == NULL) {
                free(text);
                return NULL;
            }
            text = grown;
        }
        memcpy(text + length, ev.str, entry);
        length += entry;
        if (entry == 0 || ev.str[entry - 1] != '\n')
            text[length++] = '\n';
        text[length] = '\0';
    } while (history(ed->hist, &ev, H_PREV) != -1);
    return text;
}
