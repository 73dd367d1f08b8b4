#include "png_internal.h"

#include <pthread.h>
#include <stdatomic.h>
#include <unistd.h>

enum { CM_MAX_THREADS = 64 };

/* Work shared by the threads of one cm_parallel_for: each takes the next index until none is left, so the
 * result never depends on which thread ran which task. */
typedef struct {
    void (*task)(void *context, int index);
    void *context;
    int task_count;
    atomic_int next;
} cm_work;

static void *cm_worker(void *argument) {
    cm_work *work = (cm_work *)argument;
    for (;;) {
        int index = atomic_fetch_add(&work->next, 1);
        if (index >= work->task_count) return NULL;
        work->task(work->context, index);
    }
}

void cm_parallel_for(int task_count, int thread_count, void (*task)(void *context, int index), void *context) {
    if (task_count <= 0) return;
    cm_work work = {task, context, task_count, 0};
    int helpers = (thread_count < task_count ? thread_count : task_count) - 1;
    if (helpers > CM_MAX_THREADS - 1) helpers = CM_MAX_THREADS - 1;
    pthread_t threads[CM_MAX_THREADS];
    int started = 0;
    for (; started < helpers; started++) {
        /* A thread that cannot start only costs speed: the others, and this one, take its share. */
        if (pthread_create(&threads[started], NULL, cm_worker, &work) != 0) break;
    }
    cm_worker(&work);
    for (int index = 0; index < started; index++) pthread_join(threads[index], NULL);
}

int cm_processor_count(void) {
    long count = sysconf(_SC_NPROCESSORS_ONLN);
    if (count < 1) return 1;
    return count > CM_MAX_THREADS ? CM_MAX_THREADS : (int)count;
}
